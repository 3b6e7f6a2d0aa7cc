'use server'

import { refreshTags } from './refresh'
import { signOut } from '@/lib/auth/config'
import { getViewer } from '@/lib/auth/viewer'
import { parseForm, toFormState } from '@/lib/forms'
import { deleteAccountInput, deleteMyAccount } from '@/lib/users/privacy'
import type { FormState } from '@/lib/result'

export async function deleteAccountAction(_prev: FormState, form: FormData): Promise<FormState> {
  const input = parseForm(deleteAccountInput, form, { single: ['keepPosts', 'confirmHandle'], secret: ['password'] })
  if (!input.ok) return input.state
  const viewer = await getViewer()
  if (!viewer) return { status: 'error', code: 'unauthenticated', message: 'Sign in first.' }
  const result = await deleteMyAccount(viewer, input.data)
  if (!result.ok) return toFormState(result.error, { ...input.values, password: '' })
  refreshTags(result.data.refresh)
  await signOut({ redirectTo: '/?account=deleted' })
  return { status: 'success' }
}
