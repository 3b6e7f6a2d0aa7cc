'use server'

import { refreshTags } from './refresh'
import { getViewer } from '@/lib/auth/viewer'
import { acceptAnswerInput } from '@/lib/posts/schemas'
import { acceptAnswer } from '@/lib/questions/mutations'
import type { FormState } from '@/lib/result'

export async function acceptAnswerAction(_prev: FormState, form: FormData): Promise<FormState> {
  const answerId = form.get('answerId')
  const parsed = acceptAnswerInput.safeParse({
    questionId: form.get('questionId'),
    answerId: answerId === 'none' ? null : answerId,
  })
  if (!parsed.success)
    return {
      status: 'error',
      code: 'invalid',
      message: 'That choice could not be read. Reload the page and try again.',
    }
  const viewer = await getViewer()
  if (!viewer) return { status: 'error', code: 'unauthenticated', message: 'Sign in to choose the best answer.' }
  const result = await acceptAnswer(viewer, parsed.data)
  if (!result.ok) return { status: 'error', code: result.error.code, message: result.error.message }
  refreshTags(result.data.refresh)
  return { status: 'success' }
}
