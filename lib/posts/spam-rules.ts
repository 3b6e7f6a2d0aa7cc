import 'server-only'
import { sql } from 'drizzle-orm'
import { getDb } from '@/db/client'
import type { Actor } from '@/lib/auth/actor'
import { parseAddress } from '@/lib/net/client-address'
import { fail, ok, type Result } from '@/lib/result'
import type { SiteSettings } from '@/lib/settings/defaults'

/** Entries Postgres can read as an address or a network (e.g. 203.0.113.7, 198.51.100.0/24, 2001:db8::/32). */
const inetLike = (s: string) => /^[0-9a-fA-F:.]{2,45}(\/\d{1,3})?$/.test(s)

/** Whether the address is on the site's block list (exact addresses and CIDR networks). */
export async function isBlockedIp(ip: string | null, settings: SiteSettings): Promise<boolean> {
  const list = settings.spam.blockedIps.map((s) => s.trim()).filter(inetLike)
  // Checked again here: whatever a caller passes, only a real address reaches the ::inet cast.
  const address = parseAddress(ip)
  if (!address || list.length === 0) return false
  const { rows } = await getDb().execute<{ blocked: boolean }>(sql`
    select exists (select 1 from unnest(${`{${list.join(',')}}`}::text[]) b where ${address}::inet <<= b::inet) as blocked`)
  return rows[0]?.blocked ?? false
}

/** Links in a post's text: URLs and www. addresses, as a reader would count them. */
export const countLinks = (text: string): number => (text.match(/\bhttps?:\/\/|\bwww\./gi) ?? []).length

/** Members below this many points are new: anonymous posters count as new too. */
export const isNewPoster = (actor: Actor, settings: SiteSettings) =>
  actor.kind === 'anonymous' || actor.points < settings.spam.newMemberPoints

/**
 * One post per interval for new posters, race-free: one upsert on the poster's row (a far-future
 * window, which the rate-limit sweep never deletes; `hits` holds the time of the last post) that
 * only moves when the interval has passed, so of two simultaneous posts exactly one wins.
 */
async function claimPostSlot(key: string, seconds: number): Promise<boolean> {
  const { rows } = await getDb().execute(sql`
    insert into rate_limits (key, window_start, hits) values (${key}, '2999-01-01', extract(epoch from now())::int)
    on conflict (key, window_start) do update set hits = excluded.hits where rate_limits.hits <= excluded.hits - ${seconds}
    returning 1`)
  return rows.length > 0
}

/** The spam rules for a new post: blocked addresses, links from new posters, and their posting interval. */
export async function checkSpamRules(actor: Actor, settings: SiteSettings, text: string): Promise<Result<void>> {
  if (await isBlockedIp(actor.ip, settings))
    return fail(
      'forbidden',
      'Posting from your network is blocked on this site. If you think this is a mistake, contact the moderators.',
    )
  if (!isNewPoster(actor, settings)) return ok(undefined)
  const max = settings.spam.maxLinksForNewMembers
  if (countLinks(text) > max)
    return fail(
      'invalid',
      max === 0
        ? 'New members cannot include links yet. Take part for a little while first.'
        : `New members can include at most ${max} link${max === 1 ? '' : 's'} in a post.`,
      'body',
    )
  const seconds = settings.spam.newMemberPostIntervalSeconds
  if (seconds > 0) {
    const key = actor.kind === 'member' ? `interval:user:${actor.id}` : `interval:ip:${actor.ip ?? 'unknown'}`
    if (!(await claimPostSlot(key, seconds)))
      return fail(
        'rate_limited',
        `New members can post once every ${seconds} seconds. Please wait a moment and try again.`,
      )
  }
  return ok(undefined)
}
