'use server'

import { revalidatePath } from 'next/cache'
import { getViewer } from '@/lib/auth/viewer'
import { requeueDead } from '@/lib/notify/outbox'
import type { FormState } from '@/lib/result'

/** Admins send dead-lettered mail again: one message, or all of them. */
export async function retryMailAction(_prev: FormState, form: FormData): Promise<FormState> {
  const raw = form.get('id')
  const id = raw === 'all' ? 'all' : Number(raw)
  if (id !== 'all' && (!Number.isInteger(id) || id <= 0))
    return { status: 'error', code: 'invalid', message: 'That message could not be read.' }
  const viewer = await getViewer()
  if (!viewer) return { status: 'error', code: 'unauthenticated', message: 'Sign in first.' }
  const result = await requeueDead(viewer, id === 'all' ? 'all' : [id])
  if (!result.ok) return { status: 'error', code: result.error.code, message: result.error.message }
  revalidatePath('/admin/mail')
  return {
    status: 'success',
    message: `${result.data.count} ${result.data.count === 1 ? 'message goes' : 'messages go'} out again.`,
  }
}
