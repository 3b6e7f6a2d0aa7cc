import 'server-only'
import { sql, type SQL } from 'drizzle-orm'
import { getDb } from '@/db/client'
import { countHit, retryMessage } from '@/lib/rate-limit/consume'
import { signInBackoff } from '@/lib/rate-limit/limits'
import { fail, ok, type Result } from '@/lib/result'
import { getSettings } from '@/lib/settings/queries'

/**
 * Limits on password sign-ins, shared by every way in (our form, Auth.js's own endpoints), all in
 * the database so every app instance sees the same counts:
 * - every attempt from one address, whichever accounts it tries (a windowed count);
 * - wrong passwords for one account from one address;
 * - wrong passwords for one account from all the addresses it has never signed in from.
 * The last two grow: after the free ones each try waits twice as long as the one before. A guesser
 * spread over many addresses is held by the third, while the owner, at an address they signed in
 * from before, is held only by their own mistakes there; on a new address a sign-in link still
 * works (./config.ts), as does any link already in their inbox.
 *
 * Each attempt is charged as a wrong one before its password is checked, in one upsert per key,
 * so simultaneous attempts cannot slip past a limit between a check and its count; a right
 * password then takes the charge back.
 */

export type Charge = { pairKey: string; accountKey: string | null }

const retryIn = (at: Date): string => {
  const seconds = Math.max(1, Math.ceil((at.getTime() - Date.now()) / 1000))
  return seconds < 60 ? `${seconds} second${seconds === 1 ? '' : 's'}` : `${Math.ceil(seconds / 60)} minutes`
}

const tooManyWrong = (at: Date) =>
  fail(
    'rate_limited',
    `Too many wrong passwords for this account. Try again in ${retryIn(at)}, or sign in with a link by email.`,
  )

/** Seconds the try after the n-th wrong password waits: none for the free ones, then doubling, capped. */
function delaySql(failures: SQL, free: number): SQL {
  // The exponent is capped too: a count that keeps growing must not overflow power().
  return sql`make_interval(secs => case when ${failures} < ${free} then 0
    else least(${signInBackoff.maxDelaySeconds}, ${signInBackoff.firstDelaySeconds} * power(2, least(${failures} - ${free}, 30))) end)`
}

/** One more wrong password on `key`, unless its delay has not passed: then null and when it will. */
async function charge(key: string, free: number): Promise<{ ok: true } | { ok: false; nextAttemptAt: Date }> {
  const forgotten = sql`t.last_failure_at < clock_timestamp() - make_interval(secs => ${signInBackoff.forgetAfterSeconds})`
  const failures = sql`(case when ${forgotten} then 1 else t.failures + 1 end)`
  // clock_timestamp, not now(): a statement that waited for the row lock must see the time it runs at.
  const { rows } = await getDb().execute<{ failures: number }>(sql`
    insert into sign_in_throttles as t (key, failures, last_failure_at, next_attempt_at)
    values (${key}, 1, clock_timestamp(), clock_timestamp() + ${delaySql(sql`1`, free)})
    on conflict (key) do update set
      failures = ${failures}, last_failure_at = clock_timestamp(), next_attempt_at = clock_timestamp() + ${delaySql(failures, free)}
    where t.next_attempt_at <= clock_timestamp() or ${forgotten}
    returning failures`)
  if (rows.length) return { ok: true }
  const { rows: held } = await getDb().execute<{ at: Date }>(
    sql`select next_attempt_at as at from sign_in_throttles where key = ${key}`,
  )
  return { ok: false, nextAttemptAt: new Date(held[0]?.at ?? Date.now()) }
}

const takeBack = (key: string) =>
  getDb().execute(sql`update sign_in_throttles set failures = greatest(failures - 1, 0) where key = ${key}`)

/** Whether the account has signed in with its password from this address before. */
async function isFamiliar(email: string, ip: string | null): Promise<boolean> {
  if (!ip) return false
  const { rows } = await getDb().execute(sql`
    select 1 from sign_in_addresses a join users u on u.id = a.user_id where lower(u.email) = ${email} and a.ip = ${ip}::inet`)
  return rows.length > 0
}

/**
 * Counts a password attempt for `email` from `ip` (a checked address, or null) against every
 * limit; the caller checks the password only when this succeeds, then settles the charge.
 */
export async function chargeSignInAttempt(email: string, ip: string | null): Promise<Result<Charge>> {
  const account = email.toLowerCase()
  const limit = (await getSettings()).rateLimits.signIn
  const fromAddress = await countHit(`signIn:ip:${ip ?? 'unknown'}`, limit.windowSeconds)
  if (fromAddress.hits > limit.perIp) return fail('rate_limited', retryMessage(fromAddress.resetsAt))
  // Upkeep: counts nobody has added to for a day are forgotten anyway.
  if (Math.random() < 0.01)
    await getDb().execute(
      sql`delete from sign_in_throttles where last_failure_at < now() - make_interval(secs => ${signInBackoff.forgetAfterSeconds})`,
    )
  const pairKey = `pair:${account}|${ip ?? 'unknown'}`
  const pair = await charge(pairKey, limit.perUser)
  if (!pair.ok) return tooManyWrong(pair.nextAttemptAt)
  if (await isFamiliar(account, ip)) return ok({ pairKey, accountKey: null })
  const accountKey = `account:${account}`
  const fromStrangers = await charge(accountKey, limit.perUser)
  if (!fromStrangers.ok) {
    await takeBack(pairKey)
    return tooManyWrong(fromStrangers.nextAttemptAt)
  }
  return ok({ pairKey, accountKey })
}

/**
 * After the password was checked: a right one takes its charge back, clears this address's wrong
 * ones and remembers the address as the member's; a wrong one stays counted.
 */
export async function settleSignInAttempt(
  charged: Charge,
  signedIn: { userId: number; ip: string | null } | null,
): Promise<void> {
  if (!signedIn) return
  const db = getDb()
  await db.execute(sql`delete from sign_in_throttles where key = ${charged.pairKey}`)
  if (charged.accountKey) await takeBack(charged.accountKey)
  if (signedIn.ip) {
    await db.execute(sql`
      insert into sign_in_addresses (user_id, ip) values (${signedIn.userId}, ${signedIn.ip}::inet)
      on conflict (user_id, ip) do update set last_sign_in_at = now()`)
  }
  if (Math.random() < 0.01)
    await db.execute(sql`delete from sign_in_addresses where last_sign_in_at < now() - interval '1 year'`)
}
