'use server'

import { redirect } from 'next/navigation'
import { refreshTags } from './refresh'
import { getViewer } from '@/lib/auth/viewer'
import { parseForm, toFormState } from '@/lib/forms'
import { flagPost, moderatePosts } from '@/lib/moderation/mutations'
import { flagPostInput, moderatePostsInput } from '@/lib/moderation/schemas'
import type { FormState } from '@/lib/result'

export async function flagPostAction(_prev: FormState, form: FormData): Promise<FormState> {
  const input = parseForm(flagPostInput, form, { single: ['postId', 'reason', 'details'] })
  if (!input.ok) return input.state
  const viewer = await getViewer()
  if (!viewer) return { status: 'error', code: 'unauthenticated', message: 'Sign in to flag a post.' }
  const result = await flagPost(viewer, input.data)
  if (!result.ok) return toFormState(result.error, input.values)
  refreshTags(result.data.refresh)
  return {
    status: 'success',
    message: result.data.hidden
      ? 'Thank you. Enough members flagged this post that it is hidden until a moderator reviews it.'
      : 'Thank you. A moderator will look at it.',
  }
}

/** The moderation queue's form (a plain post, no JavaScript needed): back to the queue with what happened. */
export async function moderateQueueAction(form: FormData): Promise<void> {
  const input = parseForm(moderatePostsInput, form, { single: ['action', 'reason'], multi: ['postIds'] })
  const back = (params: Record<string, string>) => redirect(`/moderation?${new URLSearchParams(params)}`)
  if (!input.ok)
    return back({
      error:
        Object.values(input.state.status === 'error' ? (input.state.fieldErrors ?? {}) : {})[0]?.[0] ??
        'Check the form.',
    })
  const viewer = await getViewer()
  if (!viewer) redirect('/sign-in?callbackUrl=%2Fmoderation')
  const result = await moderatePosts(viewer, input.data)
  if (!result.ok) return back({ error: result.error.message })
  refreshTags(result.data.refresh)
  return back({ done: input.data.action, count: String(result.data.count) })
}
