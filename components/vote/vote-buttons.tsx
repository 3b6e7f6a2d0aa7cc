'use client'

import { useActionState, useEffect, useState } from 'react'
import { castVoteAction, type VoteState } from '@/app/_actions/votes'
import { useViewer } from '@/components/viewer/viewer-context'

const initial: VoteState = { status: 'idle' }

/**
 * Up/down voting. Without JavaScript it is a plain form that toggles the vote and comes back to
 * the post; with it, the count changes at once and the server's answer then confirms it.
 */
export function VoteButtons({ postId, score, label, returnTo, allowDown = true }: { postId: number; score: number; label: string; returnTo: string; allowDown?: boolean }) {
  const { info } = useViewer()
  const serverVote = info.thread?.votes[postId] ?? 0
  const [state, action, pending] = useActionState(castVoteAction, initial, returnTo)
  const [hydrated, setHydrated] = useState(false)
  const [local, setLocal] = useState<{ score: number; myVote: -1 | 0 | 1 } | null>(null)
  useEffect(() => setHydrated(true), [])
  useEffect(() => {
    if (state.status === 'voted') setLocal({ score: state.score, myVote: state.myVote })
    if (state.status === 'error') setLocal(null)
  }, [state])
  const shown = local ?? { score, myVote: serverVote }
  const want = (v: 1 | -1) => (shown.myVote === v ? 'none' : v === 1 ? 'up' : 'down')
  // Shown at once, but only after the click's submit has read the buttons' values.
  const predict = (v: 1 | -1) => {
    if (!hydrated) return
    const next = shown.myVote === v ? 0 : v
    setTimeout(() => setLocal({ score: shown.score - shown.myVote + next, myVote: next }), 0)
  }
  const button = 'flex min-h-11 min-w-11 items-center justify-center rounded-full text-lg hover:bg-stone-200 aria-pressed:bg-accent-100 aria-pressed:text-accent-700 dark:hover:bg-stone-800 dark:aria-pressed:bg-accent-700/40 dark:aria-pressed:text-accent-200'
  return (
    <form action={action} className="flex w-12 shrink-0 flex-col items-center" aria-label={label}>
      <input type="hidden" name="postId" value={postId} />
      <input type="hidden" name="mode" value={hydrated ? 'set' : 'toggle'} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <button type="submit" name="direction" value={hydrated ? want(1) : 'up'} aria-pressed={shown.myVote === 1} onClick={() => predict(1)} className={button}>
        <span aria-hidden="true">▲</span>
        <span className="sr-only">Vote up</span>
      </button>
      <output aria-live="polite" className="text-xl font-semibold" aria-busy={pending}>
        {shown.score}
      </output>
      {allowDown && (
        <button type="submit" name="direction" value={hydrated ? want(-1) : 'down'} aria-pressed={shown.myVote === -1} onClick={() => predict(-1)} className={button}>
          <span aria-hidden="true">▼</span>
          <span className="sr-only">Vote down</span>
        </button>
      )}
      {state.status === 'error' && (
        <p role="alert" className="mt-1 w-28 text-center text-xs text-red-700 dark:text-red-300">
          {state.message}
        </p>
      )}
    </form>
  )
}
