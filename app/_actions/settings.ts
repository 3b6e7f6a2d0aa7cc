'use server'

import { refreshTags } from './refresh'
import { getViewer } from '@/lib/auth/viewer'
import { parseForm, toFormState } from '@/lib/forms'
import type { FormState } from '@/lib/result'
import { changePassword, updateProfile } from '@/lib/users/mutations'
import { passwordChangeInput, profileInput } from '@/lib/users/schemas'

const signInFirst: FormState = { status: 'error', code: 'unauthenticated', message: 'Sign in first.' }

export async function updateProfileAction(_prev: FormState, form: FormData): Promise<FormState> {
  const input = parseForm(profileInput, form, { single: ['name', 'handle'] })
  if (!input.ok) return input.state
  const viewer = await getViewer()
  if (!viewer) return signInFirst
  const result = await updateProfile(viewer, input.data)
  if (!result.ok) return toFormState(result.error, input.values)
  refreshTags(result.data.refresh)
  return { status: 'success', message: 'Saved. Your name and handle are updated across the site.' }
}

export async function changePasswordAction(_prev: FormState, form: FormData): Promise<FormState> {
  const input = parseForm(passwordChangeInput, form, { secret: ['current', 'password'] })
  if (!input.ok) return input.state
  const viewer = await getViewer()
  if (!viewer) return signInFirst
  const result = await changePassword(viewer, input.data)
  if (!result.ok) return toFormState(result.error, input.values)
  return { status: 'success', message: 'Your new password is saved.' }
}
