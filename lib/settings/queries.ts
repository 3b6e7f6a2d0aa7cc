import 'server-only'
import { getDb } from '@/db/client'
import { settings } from '@/db/schema'
import { defaultSettings, type SiteSettings } from './defaults'

/** The defaults overlaid with what admins saved (one JSON value per top-level key). */
export async function getSettings(): Promise<SiteSettings> {
  const rows = await getDb().select({ key: settings.key, value: settings.value }).from(settings)
  const result: SiteSettings = structuredClone(defaultSettings)
  for (const row of rows) {
    if (!(row.key in result)) continue
    const key = row.key as keyof SiteSettings
    const current = result[key]
    ;(result as Record<string, unknown>)[key] =
      typeof current === 'object' && current !== null && typeof row.value === 'object' && row.value !== null ? { ...current, ...row.value } : row.value
  }
  return result
}
