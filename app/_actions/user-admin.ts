'use server'

import { redirect } from 'next/navigation'
import { refreshTags } from './refresh'
import { getViewer } from '@/lib/auth/viewer'
import { roleInput, setRole, setSuspended, suspendInput } from '@/lib/users/admin'

const back = (userId: unknown, params: Record<string, string>): never =>
  redirect(`/moderation/users/${Number(userId) || 0}?${new URLSearchParams(params)}`)

/** Suspend or lift a suspension (moderators; plain form, no JavaScript needed). */
export async function setSuspendedAction(form: FormData): Promise<void> {
  const parsed = suspendInput.safeParse({
    userId: form.get('userId'),
    suspended: form.get('suspended'),
    reason: form.get('reason') ?? undefined,
  })
  if (!parsed.success) return back(form.get('userId'), { error: parsed.error.issues[0]?.message ?? 'Check the form.' })
  const viewer = await getViewer()
  if (!viewer) redirect('/sign-in')
  const result = await setSuspended(viewer, parsed.data)
  if (!result.ok) return back(parsed.data.userId, { error: result.error.message })
  refreshTags(result.data.refresh)
  return back(parsed.data.userId, {
    done: parsed.data.suspended
      ? 'Suspended. They are signed out from their next request.'
      : 'The suspension is lifted.',
  })
}

/** Change a member's role (admins). */
export async function setRoleAction(form: FormData): Promise<void> {
  const parsed = roleInput.safeParse({
    userId: form.get('userId'),
    role: form.get('role'),
    reason: form.get('reason') ?? undefined,
  })
  if (!parsed.success) return back(form.get('userId'), { error: parsed.error.issues[0]?.message ?? 'Check the form.' })
  const viewer = await getViewer()
  if (!viewer) redirect('/sign-in')
  const result = await setRole(viewer, parsed.data)
  if (!result.ok) return back(parsed.data.userId, { error: result.error.message })
  refreshTags(result.data.refresh)
  return back(parsed.data.userId, { done: `Role changed to ${parsed.data.role}.` })
}
