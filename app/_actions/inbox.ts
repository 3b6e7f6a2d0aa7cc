'use server'

import { revalidatePath } from 'next/cache'
import { getViewer } from '@/lib/auth/viewer'
import { markAllRead } from '@/lib/notifications/mutations'
import type { FormState } from '@/lib/result'

export async function markAllReadAction(_prev: FormState): Promise<FormState> {
  const viewer = await getViewer()
  if (!viewer) return { status: 'error', code: 'unauthenticated', message: 'Sign in first.' }
  const result = await markAllRead(viewer)
  if (!result.ok) return { status: 'error', code: result.error.code, message: result.error.message }
  revalidatePath('/notifications')
  return { status: 'success', message: `Marked ${result.data.count} as read.` }
}
