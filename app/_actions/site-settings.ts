'use server'

import { refreshTags } from './refresh'
import { getViewer } from '@/lib/auth/viewer'
import { parseForm, toFormState } from '@/lib/forms'
import type { FormState } from '@/lib/result'
import { saveSettings } from '@/lib/settings/mutations'
import { sectionFields, sectionNames, settingsSections, type SettingsSection } from '@/lib/settings/schemas'

/** Saves one section of /admin/settings (admins; the form works without JavaScript too). */
export async function saveSettingsAction(_prev: FormState, form: FormData): Promise<FormState> {
  const raw = form.get('section')
  const section = (typeof raw === 'string' ? raw : '') as SettingsSection
  if (!sectionNames.includes(section))
    return { status: 'error', code: 'invalid', message: 'That settings form could not be read. Reload the page.' }
  const { schema, toSettings } = settingsSections[section]
  const input = parseForm(schema, form, { single: sectionFields(section) })
  if (!input.ok) return input.state
  const viewer = await getViewer()
  if (!viewer) return { status: 'error', code: 'unauthenticated', message: 'Sign in first.' }
  const result = await saveSettings(viewer, (toSettings as (d: unknown) => ReturnType<typeof toSettings>)(input.data))
  if (!result.ok) return toFormState(result.error, input.values)
  refreshTags(result.data.refresh)
  return {
    status: 'success',
    message: result.data.changed.length ? 'Saved. Every page shows the change from now on.' : 'Nothing changed.',
  }
}
