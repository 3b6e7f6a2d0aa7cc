'use server'

import { redirect } from 'next/navigation'
import { refreshTags } from './refresh'
import { heldMessage } from '@/lib/moderation/hold'
import { postAnswer } from '@/lib/answers/mutations'
import { getActor } from '@/lib/auth/viewer'
import { parseForm, toFormState } from '@/lib/forms'
import { keepTextWhenDatabaseDown } from '@/lib/form-outage'
import { postAnswerInput } from '@/lib/posts/schemas'
import type { FormState } from '@/lib/result'
import { threadPath } from '@/lib/slug'

export const postAnswerAction = keepTextWhenDatabaseDown(async function postAnswerAction(
  _prev: FormState,
  form: FormData,
): Promise<FormState> {
  // A filled honeypot is a bot: answer as if it worked, store nothing.
  if (form.get('website')) return { status: 'success', message: 'Thank you.' }
  const input = parseForm(postAnswerInput, form, { single: ['questionId', 'body', 'anonName', 'anonEmail'] })
  if (!input.ok) return input.state
  const actor = await getActor({ name: input.data.anonName, email: input.data.anonEmail })
  const result = await postAnswer(actor, input.data)
  if (!result.ok) return toFormState(result.error, input.values)
  refreshTags(result.data.refresh)
  if (result.data.held) return { status: 'success', message: heldMessage }
  redirect(`${threadPath({ id: result.data.questionId, slug: result.data.slug })}#a${result.data.id}`)
})
