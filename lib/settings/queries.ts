import 'server-only'
import { getDb, type Database } from '@/db/client'
import { settings } from '@/db/schema'
import type { Actor } from '@/lib/auth/actor'
import { refuseBelow } from '@/lib/auth/staff'
import { ok, type Result } from '@/lib/result'
import { defaultSettings, type SiteSettings } from './defaults'

/** The defaults overlaid with what admins saved (one JSON value per top-level key). */
export async function getSettings(db: Pick<Database, 'select'> = getDb()): Promise<SiteSettings> {
  const rows = await db.select({ key: settings.key, value: settings.value }).from(settings)
  const result: SiteSettings = structuredClone(defaultSettings)
  for (const row of rows) {
    if (!(row.key in result)) continue
    const key = row.key as keyof SiteSettings
    const current = result[key]
    ;(result as Record<string, unknown>)[key] =
      typeof current === 'object' && current !== null && typeof row.value === 'object' && row.value !== null
        ? { ...current, ...row.value }
        : row.value
  }
  return result
}

/** The site's name as admins set it, for mail (pages read it through the cached settings). */
export async function siteName(): Promise<string> {
  return (await getSettings()).site.name
}

/** The settings as the admin form shows them (blocked addresses and censored words included): admins only. */
export async function getSettingsForEditing(actor: Actor | null): Promise<Result<SiteSettings>> {
  const refused = refuseBelow(actor, 'admin')
  if (refused) return refused
  return ok(await getSettings())
}
