'use server'

import { redirect } from 'next/navigation'
import { refreshTags } from './refresh'
import { getActor } from '@/lib/auth/viewer'
import { parseForm, toFormState } from '@/lib/forms'
import { askQuestionInput } from '@/lib/posts/schemas'
import { askQuestion } from '@/lib/questions/mutations'
import type { FormState } from '@/lib/result'
import { threadPath } from '@/lib/slug'

export async function askQuestionAction(_prev: FormState, form: FormData): Promise<FormState> {
  if (form.get('website')) return { status: 'success', message: 'Thank you.' }
  const input = parseForm(askQuestionInput, form, { single: ['title', 'body', 'categoryId', 'anonName', 'anonEmail'], multi: ['tags'] })
  if (!input.ok) return input.state
  const actor = await getActor({ name: input.data.anonName, email: input.data.anonEmail })
  const result = await askQuestion(actor, input.data)
  if (!result.ok) return toFormState(result.error, input.values)
  refreshTags(result.data.refresh)
  redirect(threadPath(result.data))
}
