'use server'

import { redirect } from 'next/navigation'
import { getViewer } from '@/lib/auth/viewer'
import { setEmailPrefs, setFollow } from '@/lib/follows/mutations'
import { emailPrefsInput, setFollowInput } from '@/lib/follows/schemas'
import { parseForm, toFormState } from '@/lib/forms'
import type { FormState } from '@/lib/result'

/** Only paths on this site are followed back after a plain form post. */
const safeReturn = (value: FormDataEntryValue | null) =>
  typeof value === 'string' && /^\/(?!\/)[^\s\\]{0,300}$/.test(value) ? value : null

export async function setFollowAction(_prev: FormState, form: FormData): Promise<FormState> {
  const input = parseForm(setFollowInput, form, { single: ['targetType', 'targetId', 'level'] })
  if (!input.ok) return input.state
  const viewer = await getViewer()
  const back = safeReturn(form.get('returnTo'))
  if (!viewer) redirect(`/sign-in?callbackUrl=${encodeURIComponent(back ?? '/')}`)
  const result = await setFollow(viewer, input.data)
  if (!result.ok) return toFormState(result.error, input.values)
  if (form.get('js') !== '1' && back) redirect(back)
  const words = {
    watching: 'Watching: new posts reach your inbox and email.',
    tracking: 'Tracking: new posts reach your inbox only.',
    muted: 'Muted: nothing from here, even if something else you follow matches.',
    none: 'Not following.',
  }
  return { status: 'success', message: words[result.data.level] }
}

export async function setEmailPrefsAction(_prev: FormState, form: FormData): Promise<FormState> {
  const input = parseForm(emailPrefsInput, form, { single: ['emailOwn', 'emailFollowed'] })
  if (!input.ok) return input.state
  const viewer = await getViewer()
  if (!viewer) return { status: 'error', code: 'unauthenticated', message: 'Sign in first.' }
  const result = await setEmailPrefs(viewer, input.data)
  if (!result.ok) return toFormState(result.error, input.values)
  return { status: 'success', message: 'Saved.' }
}
