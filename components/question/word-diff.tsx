import { diffWords } from 'diff'

/** Words removed and added between two versions, as <del> and <ins>. */
export function WordDiff({ before, after }: { before: string; after: string }) {
  const parts = diffWords(before, after)
  return (
    <p className="whitespace-pre-wrap break-words font-mono text-sm leading-relaxed">
      {parts.map((part, i) =>
        part.added ? (
          <ins
            key={i}
            className="bg-emerald-100 text-emerald-900 no-underline dark:bg-emerald-900/40 dark:text-emerald-100"
          >
            {part.value}
          </ins>
        ) : part.removed ? (
          <del key={i} className="bg-red-100 text-red-900 dark:bg-red-900/40 dark:text-red-100">
            {part.value}
          </del>
        ) : (
          <span key={i}>{part.value}</span>
        ),
      )}
    </p>
  )
}
