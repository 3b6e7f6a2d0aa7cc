import 'server-only'
import { sql } from 'drizzle-orm'
import { getDb } from '@/db/client'
import { recomputeCounters } from '@/db/counters'
import { atLeast, type Actor } from '@/lib/auth/actor'
import { cacheTags } from '@/lib/cache-tags'
import { recordAudit } from '@/lib/moderation/audit'
import { fail, ok, type Result } from '@/lib/result'
import type { SiteSettings } from './defaults'
import { getSettings } from './queries'

/**
 * Pages whose content a setting shows. The site name is on every page (the layout reads it), so
 * every page carries `siteSettings`; lists also show points and indexing decisions.
 */
const refreshAll = [
  cacheTags.siteSettings,
  cacheTags.questionLists,
  cacheTags.userList,
  cacheTags.sitemap,
  cacheTags.questionLinks,
]

/**
 * Replaces whole settings values (admins only), each change audited with its before and after.
 * New points weights recompute every member's points in the same transaction, as Question2Answer's
 * "recalculate" does, so points never mix two sets of weights.
 */
export async function saveSettings(
  actor: Actor,
  patch: Partial<SiteSettings>,
): Promise<Result<{ refresh: string[]; changed: string[] }>> {
  if (actor.kind !== 'member' || !atLeast(actor, 'admin') || actor.isSuspended)
    return fail(
      actor.kind === 'anonymous' ? 'unauthenticated' : 'forbidden',
      'Only admins can change the site settings.',
    )
  return getDb().transaction(async (tx) => {
    // One admin's save at a time, so two saves of the same section cannot interleave their audit rows.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('askwell:settings'))`)
    const before = await getSettings(tx)
    const changed = (Object.keys(patch) as (keyof SiteSettings)[]).filter(
      (key) => JSON.stringify(before[key]) !== JSON.stringify(patch[key]),
    )
    for (const key of changed) {
      await tx.execute(sql`
        insert into settings (key, value) values (${key}, ${JSON.stringify(patch[key])}::jsonb)
        on conflict (key) do update set value = excluded.value, updated_at = now()`)
      await recordAudit(tx, {
        actorId: actor.id,
        action: 'settings',
        targetType: 'setting',
        targetId: null,
        before: { [key]: before[key] },
        after: { [key]: patch[key] },
      })
    }
    if (changed.includes('points')) await recomputeCounters(tx, patch.points, ['users'])
    return ok({ refresh: changed.length ? refreshAll : [], changed })
  })
}
