'use server'

import { redirect } from 'next/navigation'
import { refreshTags } from './refresh'
import { heldMessage } from '@/lib/moderation/hold'
import { getActor, getViewer } from '@/lib/auth/viewer'
import { parseForm, toFormState } from '@/lib/forms'
import { keepTextWhenDatabaseDown } from '@/lib/form-outage'
import { askQuestionInput, closeQuestionInput } from '@/lib/posts/schemas'
import { askQuestion, closeQuestion, reopenQuestion } from '@/lib/questions/mutations'
import type { FormState } from '@/lib/result'
import { threadPath } from '@/lib/slug'

export const askQuestionAction = keepTextWhenDatabaseDown(async function askQuestionAction(
  _prev: FormState,
  form: FormData,
): Promise<FormState> {
  if (form.get('website')) return { status: 'success', message: 'Thank you.' }
  const input = parseForm(askQuestionInput, form, {
    single: ['title', 'body', 'categoryId', 'anonName', 'anonEmail'],
    multi: ['tags'],
  })
  if (!input.ok) return input.state
  const actor = await getActor({ name: input.data.anonName, email: input.data.anonEmail })
  const result = await askQuestion(actor, input.data)
  if (!result.ok) return toFormState(result.error, input.values)
  refreshTags(result.data.refresh)
  if (result.data.held) return { status: 'success', message: heldMessage }
  redirect(threadPath(result.data))
})

export async function closeQuestionAction(_prev: FormState, form: FormData): Promise<FormState> {
  const viewer = await getViewer()
  if (!viewer) return { status: 'error', code: 'unauthenticated', message: 'Sign in first.' }
  if (form.get('reopen') === '1') {
    const questionId = Number(form.get('questionId'))
    if (!Number.isInteger(questionId) || questionId <= 0)
      return { status: 'error', code: 'invalid', message: 'That question could not be read.' }
    const reopened = await reopenQuestion(viewer, questionId)
    if (!reopened.ok) return toFormState(reopened.error, {})
    refreshTags(reopened.data.refresh)
    return { status: 'success', message: 'Reopened.' }
  }
  // The duplicate may be given as a number or as a pasted thread link.
  const duplicateOf = form.get('duplicateOf')
  const duplicate = typeof duplicateOf === 'string' ? duplicateOf.trim() : ''
  const duplicateOfId = duplicate ? /(\d+)(?:\/[^/]*)?\/?$/.exec(duplicate)?.[1] : undefined
  if (duplicate && !duplicateOfId)
    return {
      status: 'error',
      code: 'invalid',
      message: 'Please check the highlighted fields.',
      fieldErrors: { duplicateOfId: ['Give the number or link of the question it duplicates.'] },
      values: { duplicateOf: duplicate },
    }
  if (duplicateOfId) form.set('duplicateOfId', duplicateOfId)
  const input = parseForm(closeQuestionInput, form, { single: ['questionId', 'reason', 'duplicateOfId'] })
  if (!input.ok) return input.state
  const result = await closeQuestion(viewer, input.data)
  if (!result.ok) return toFormState(result.error, input.values)
  refreshTags(result.data.refresh)
  return { status: 'success', message: 'Closed.' }
}
