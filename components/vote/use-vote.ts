'use client'

import { useActionState, useState } from 'react'
import { castVoteAction, type VoteState } from '@/app/_actions/votes'
import { useHydrated } from '@/components/ui/use-hydrated'
import { useViewer } from '@/components/viewer/viewer-context'

const initial: VoteState = { status: 'idle' }

/**
 * One post's vote. Without JavaScript the form toggles the vote and comes back to the post; with
 * it, the count changes at once and the server's answer then confirms (or undoes) it.
 */
export function useVote(postId: number, score: number, returnTo: string) {
  const { info } = useViewer()
  const serverVote = info.thread?.votes[postId] ?? 0
  const [state, action, pending] = useActionState(castVoteAction, initial, returnTo)
  const hydrated = useHydrated()
  const [local, setLocal] = useState<{ score: number; myVote: -1 | 0 | 1 } | null>(null)
  // The server's answer replaces the prediction as it arrives (set during render, not in an effect).
  const [answered, setAnswered] = useState(state)
  if (answered !== state) {
    setAnswered(state)
    if (state.status === 'voted') setLocal({ score: state.score, myVote: state.myVote })
    if (state.status === 'error') setLocal(null)
  }
  const shown = local ?? { score, myVote: serverVote }
  /** The value a button submits: with JavaScript the wanted end state, without it a toggle. */
  const direction = (v: 1 | -1) =>
    !hydrated ? (v === 1 ? 'up' : 'down') : shown.myVote === v ? 'none' : v === 1 ? 'up' : 'down'
  // Shown at once, but only after the click's submit has read the buttons' values.
  const predict = (v: 1 | -1) => {
    if (!hydrated) return
    const next = shown.myVote === v ? 0 : v
    setTimeout(() => setLocal({ score: shown.score - shown.myVote + next, myVote: next }), 0)
  }
  const hidden = { postId, mode: hydrated ? 'set' : 'toggle', returnTo }
  const error = state.status === 'error' ? state.message : null
  return { action, pending, shown, direction, predict, hidden, error }
}
