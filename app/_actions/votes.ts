'use server'

import { redirect } from 'next/navigation'
import { after } from 'next/server'
import { refreshTags } from './refresh'
import { getViewer } from '@/lib/auth/viewer'
import { expireTags } from '@/lib/revalidate'
import { castVoteInput } from '@/lib/votes/schemas'
import { castVote } from '@/lib/votes/mutations'

export type VoteState =
  { status: 'idle' } | { status: 'voted'; score: number; myVote: -1 | 0 | 1 } | { status: 'error'; message: string }

/** Only paths of this site's threads are followed back after a plain form post. */
const safeReturn = (value: FormDataEntryValue | null) =>
  typeof value === 'string' && /^\/\d+\/[^/?#\s]*(#[a-z0-9-]+)?$/i.test(value) ? value : null

export async function castVoteAction(_prev: VoteState, form: FormData): Promise<VoteState> {
  const parsed = castVoteInput.safeParse({
    postId: form.get('postId'),
    direction: form.get('direction'),
    mode: form.get('mode') ?? undefined,
  })
  if (!parsed.success)
    return { status: 'error', message: 'That vote could not be read. Please reload the page and try again.' }
  const viewer = await getViewer()
  const returnTo = safeReturn(form.get('returnTo'))
  if (!viewer) {
    if (parsed.data.mode === 'toggle') redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo ?? '/')}`)
    return { status: 'error', message: 'Sign in to vote.' }
  }
  const result = await castVote(viewer, parsed.data)
  if (!result.ok) return { status: 'error', message: result.error.message }
  if (parsed.data.mode === 'toggle') {
    // A plain form post (no JavaScript) goes back to the post it voted on, freshly rendered.
    refreshTags(result.data.refresh)
    if (returnTo) redirect(returnTo)
  } else {
    // The page's script already shows the new score; expiring the pages once the response is
    // sent keeps this answer small (no re-render of the thread) while readers see it at once.
    after(() => expireTags(result.data.refresh))
  }
  return { status: 'voted', score: result.data.score, myVote: result.data.myVote }
}
