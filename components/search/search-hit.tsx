import Link from 'next/link'
import { TagChip } from '@/components/ui/tag-chip'
import type { SearchHit } from '@/lib/search/queries'

/** The snippet's matched words (between \u0001 and \u0002) as <mark>; everything else is text. */
function Snippet({ text }: { text: string }) {
  const parts = text.split(/([\u0001\u0002])/)
  const out: React.ReactNode[] = []
  let marked = false
  parts.forEach((part, i) => {
    if (part === '\u0001') marked = true
    else if (part === '\u0002') marked = false
    else if (part)
      out.push(
        marked ? (
          <mark key={i} className="rounded bg-amber-100 px-0.5 text-inherit dark:bg-amber-900/60">
            {part}
          </mark>
        ) : (
          part
        ),
      )
  })
  return <p className="mt-1 text-stone-700 dark:text-stone-300">{out}</p>
}

export function SearchHitItem({ hit }: { hit: SearchHit }) {
  return (
    <li className="border-b border-stone-200 py-4 dark:border-stone-800">
      <h2 className="text-lg font-semibold">
        <Link href={`/${hit.id}/${hit.slug}`} className="text-accent-700 hover:underline dark:text-accent-300">
          {hit.title}
        </Link>
      </h2>
      <Snippet text={hit.snippet} />
      <div className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-stone-600 dark:text-stone-400">
        <span>
          {hit.score} {Math.abs(hit.score) === 1 ? 'vote' : 'votes'}
        </span>
        <span>
          {hit.answerCount} {hit.answerCount === 1 ? 'answer' : 'answers'}
          {hit.hasAccepted ? ', one accepted' : ''}
        </span>
        {hit.category && (
          <Link href={`/categories/${hit.category.path}`} className="hover:underline">
            {hit.category.name}
          </Link>
        )}
        {hit.tags.length > 0 && (
          <ul aria-label="Tags" className="flex flex-wrap gap-1">
            {hit.tags.map((t) => (
              <li key={t}>
                <TagChip name={t} />
              </li>
            ))}
          </ul>
        )}
      </div>
    </li>
  )
}
