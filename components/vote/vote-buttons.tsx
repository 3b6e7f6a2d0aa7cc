'use client'

import { useVote } from './use-vote'

function HiddenFields({ fields }: { fields: Record<string, string | number> }) {
  return Object.entries(fields).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)
}

const button =
  'flex min-h-11 min-w-11 items-center justify-center rounded-full text-lg hover:bg-stone-200 aria-pressed:bg-accent-100 aria-pressed:text-accent-700 dark:hover:bg-stone-800 dark:aria-pressed:bg-accent-700/40 dark:aria-pressed:text-accent-200'

/** Up/down voting on a question or an answer. */
export function VoteButtons({
  postId,
  score,
  label,
  returnTo,
  allowDown = true,
}: {
  postId: number
  score: number
  label: string
  returnTo: string
  allowDown?: boolean
}) {
  const { action, pending, shown, direction, predict, hidden, error } = useVote(postId, score, returnTo)
  return (
    <form action={action} className="flex w-12 shrink-0 flex-col items-center" aria-label={label}>
      <HiddenFields fields={hidden} />
      <button
        type="submit"
        name="direction"
        value={direction(1)}
        aria-pressed={shown.myVote === 1}
        onClick={() => predict(1)}
        className={button}
      >
        <span aria-hidden="true">▲</span>
        <span className="sr-only">Vote up</span>
      </button>
      <output aria-live="polite" className="text-xl font-semibold" aria-busy={pending}>
        {shown.score}
      </output>
      {allowDown && (
        <button
          type="submit"
          name="direction"
          value={direction(-1)}
          aria-pressed={shown.myVote === -1}
          onClick={() => predict(-1)}
          className={button}
        >
          <span aria-hidden="true">▼</span>
          <span className="sr-only">Vote down</span>
        </button>
      )}
      {error && (
        <p role="alert" className="mt-1 w-28 text-center text-xs text-red-700 dark:text-red-300">
          {error}
        </p>
      )}
    </form>
  )
}

/** A comment's up-vote: a small inline button with its count (comments are not voted down). */
export function CommentVote({ postId, score, returnTo }: { postId: number; score: number; returnTo: string }) {
  const { action, pending, shown, direction, predict, hidden, error } = useVote(postId, score, returnTo)
  return (
    <form action={action} className="inline">
      <HiddenFields fields={hidden} />
      <button
        type="submit"
        name="direction"
        value={direction(1)}
        aria-pressed={shown.myVote === 1}
        onClick={() => predict(1)}
        aria-busy={pending}
        className="inline-flex min-h-11 min-w-11 items-center justify-center gap-1 rounded-full px-2 text-stone-600 hover:bg-stone-200 aria-pressed:text-accent-700 dark:text-stone-400 dark:hover:bg-stone-800 dark:aria-pressed:text-accent-200"
      >
        <span aria-hidden="true">▲</span>
        <span>{shown.score > 0 ? shown.score : ''}</span>
        <span className="sr-only">Vote this comment up</span>
      </button>
      {error && (
        <span role="alert" className="ml-1 text-xs text-red-700 dark:text-red-300">
          {error}
        </span>
      )}
    </form>
  )
}
