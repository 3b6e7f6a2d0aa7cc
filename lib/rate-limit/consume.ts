import 'server-only'
import { sql } from 'drizzle-orm'
import { getDb } from '@/db/client'
import type { Actor } from '@/lib/auth/actor'
import { fail, ok, type Result } from '@/lib/result'
import { getSettings } from '@/lib/settings/queries'
import type { RateLimitedAction } from './limits'

/** Counts one hit on `key` in the current window; atomic, so concurrent attempts never overshoot. */
export async function countHit(key: string, windowSeconds: number): Promise<{ hits: number; resetsAt: Date }> {
  const { rows } = await getDb().execute<{ hits: number; resetsAt: Date }>(sql`
    insert into rate_limits (key, window_start, hits)
    values (${key}, to_timestamp(floor(extract(epoch from now()) / ${windowSeconds}) * ${windowSeconds}), 1)
    on conflict (key, window_start) do update set hits = rate_limits.hits + 1
    returning hits, window_start + make_interval(secs => ${windowSeconds}) as "resetsAt"`)
  if (Math.random() < 0.01)
    await getDb().execute(sql`delete from rate_limits where window_start < now() - interval '2 days'`)
  return { hits: rows[0]!.hits, resetsAt: new Date(rows[0]!.resetsAt) }
}

export function retryMessage(resetsAt: Date): string {
  const minutes = Math.max(1, Math.ceil((resetsAt.getTime() - Date.now()) / 60_000))
  return `You have done that a lot in a short time. Please try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`
}

/**
 * Counts the actor's attempt at `action` against the per-member and per-IP limits (anonymous
 * posters: per IP, at half the rate). Over a limit: a `rate_limited` failure saying when to retry.
 */
export async function consumeRateLimit(
  action: RateLimitedAction,
  actor: Actor,
  identity?: string,
): Promise<Result<void>> {
  const limit = (await getSettings()).rateLimits[action]
  const checks: [string, number][] = []
  // A member's address is one more signal; an anonymous poster's is the only one.
  if (actor.kind === 'anonymous' || actor.ip)
    checks.push([
      `${action}:ip:${actor.ip ?? 'unknown'}`,
      actor.kind === 'member' ? limit.perIp : Math.ceil(limit.perIp / 2),
    ])
  if (actor.kind === 'member') checks.push([`${action}:user:${actor.id}`, limit.perUser])
  if (identity) checks.push([`${action}:id:${identity.toLowerCase()}`, limit.perUser])
  for (const [key, max] of checks) {
    const { hits, resetsAt } = await countHit(key, limit.windowSeconds)
    if (hits > max) return fail('rate_limited', retryMessage(resetsAt))
  }
  return ok(undefined)
}
