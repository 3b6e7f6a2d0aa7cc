'use server'

import { redirect } from 'next/navigation'
import { refreshTags } from './refresh'
import { getViewer } from '@/lib/auth/viewer'
import { parseForm, toFormState } from '@/lib/forms'
import { keepTextWhenDatabaseDown } from '@/lib/form-outage'
import { deletePost, editPost, restorePost, rollbackPost } from '@/lib/posts/mutations'
import { editPostInput, postIdInput, rollbackInput } from '@/lib/posts/schemas'
import type { FormState } from '@/lib/result'

const signInFirst: FormState = { status: 'error', code: 'unauthenticated', message: 'Sign in first.' }

export const editPostAction = keepTextWhenDatabaseDown(async function editPostAction(
  _prev: FormState,
  form: FormData,
): Promise<FormState> {
  const input = parseForm(editPostInput, form, {
    single: ['postId', 'title', 'body', 'categoryId', 'comment'],
    multi: form.has('tags') ? ['tags'] : [],
  })
  if (!input.ok) return input.state
  const viewer = await getViewer()
  if (!viewer) return signInFirst
  const result = await editPost(viewer, input.data)
  if (!result.ok) return toFormState(result.error, input.values)
  refreshTags(result.data.refresh)
  const back = form.get('returnTo')
  redirect(typeof back === 'string' && /^\/\d+\/[^?\s]*$/.test(back) ? back : '/')
})

export async function rollbackPostAction(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = rollbackInput.safeParse({ postId: form.get('postId'), revision: form.get('revision') })
  if (!parsed.success) return { status: 'error', code: 'invalid', message: 'That revision could not be read.' }
  const viewer = await getViewer()
  if (!viewer) return signInFirst
  const result = await rollbackPost(viewer, parsed.data)
  if (!result.ok) return { status: 'error', code: result.error.code, message: result.error.message }
  refreshTags(result.data.refresh)
  return { status: 'success', message: `Rolled back to revision ${parsed.data.revision}.` }
}

/** Delete (the author or a moderator) or restore (moderators) a post. */
export async function setPostDeletedAction(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = postIdInput.safeParse({ postId: form.get('postId') })
  if (!parsed.success) return { status: 'error', code: 'invalid', message: 'That post could not be read.' }
  const viewer = await getViewer()
  if (!viewer) return signInFirst
  const result =
    form.get('restore') === '1'
      ? await restorePost(viewer, parsed.data.postId)
      : await deletePost(viewer, parsed.data.postId)
  if (!result.ok) return { status: 'error', code: result.error.code, message: result.error.message }
  refreshTags(result.data.refresh)
  return { status: 'success', message: form.get('restore') === '1' ? 'Restored.' : 'Deleted.' }
}
