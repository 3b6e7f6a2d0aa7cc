'use server'

import { redirect } from 'next/navigation'
import { refreshTags } from './refresh'
import { heldMessage } from '@/lib/moderation/hold'
import { getActor } from '@/lib/auth/viewer'
import { postComment } from '@/lib/comments/mutations'
import { parseForm, toFormState } from '@/lib/forms'
import { keepTextWhenDatabaseDown } from '@/lib/form-outage'
import { postCommentInput } from '@/lib/posts/schemas'
import type { FormState } from '@/lib/result'
import { threadPath } from '@/lib/slug'

export const postCommentAction = keepTextWhenDatabaseDown(async function postCommentAction(
  _prev: FormState,
  form: FormData,
): Promise<FormState> {
  if (form.get('website')) return { status: 'success', message: 'Thank you.' }
  const input = parseForm(postCommentInput, form, { single: ['parentId', 'body', 'anonName', 'anonEmail'] })
  if (!input.ok) return input.state
  const actor = await getActor({ name: input.data.anonName, email: input.data.anonEmail })
  const result = await postComment(actor, input.data)
  if (!result.ok) return toFormState(result.error, input.values)
  refreshTags(result.data.refresh)
  if (result.data.held) return { status: 'success', message: heldMessage }
  redirect(`${threadPath({ id: result.data.questionId, slug: result.data.slug })}#c${result.data.id}`)
})
