import 'server-only'
import { sql } from 'drizzle-orm'
import type pg from 'pg'
import { getDb } from '@/db/client'
import { atLeast, type Actor } from '@/lib/auth/actor'
import { fail, ok, type Result } from '@/lib/result'
import { WORKER_ALIVE_SECONDS } from './heartbeat'
import type { OutboxRow } from './render'

export const OUTBOX_CHANNEL = 'askwell_outbox'

/**
 * Moves waiting outbox rows into the job queue. The rows are locked, the jobs inserted and the rows
 * marked queued in one transaction on one connection, so each message is queued exactly once even
 * with several workers running.
 */
export async function relayOutbox(
  client: pg.PoolClient,
  enqueue: (
    ids: number[],
    db: { executeSql: (text: string, values: unknown[]) => Promise<{ rows: unknown[] }> },
  ) => Promise<void>,
  limit = 1000,
): Promise<number> {
  await client.query('begin')
  try {
    const { rows } = await client.query<{ id: string }>(
      `select id from mail_messages where status = 'pending' order by id limit $1 for update skip locked`,
      [limit],
    )
    const ids = rows.map((r) => Number(r.id))
    if (ids.length) {
      await enqueue(ids, { executeSql: (text, values) => client.query(text, values) })
      await client.query(
        `update mail_messages set status = 'queued', updated_at = now() where id = any($1::bigint[])`,
        [ids],
      )
    }
    await client.query('commit')
    return ids.length
  } catch (err) {
    await client.query('rollback').catch(() => {})
    throw err
  }
}

/** A claim older than this is taken over even from a live worker: SMTP gives up on a stuck send sooner. */
const CLAIM_TIMEOUT_MINUTES = 15

/**
 * Takes a queued message for sending, for `workerId`. A message already sent (a duplicate job) or
 * given up on is not returned (null). One being sent by another worker is 'busy' while that worker
 * is alive (its heartbeat is fresh): its job came back only because it outlasted its expiry, and
 * sending it again would deliver it twice. One whose worker died is taken over: the SMTP server may
 * or may not have accepted it, so it goes out at least once (its Message-ID stays the same).
 */
export async function claimMessage(id: number, workerId: string): Promise<OutboxRow | 'busy' | null> {
  const { rows } = await getDb().execute<OutboxRow>(sql`
    update mail_messages m set status = 'sending', attempts = attempts + 1, updated_at = now(), claimed_by = ${workerId}
    where id = ${id} and (status = 'queued' or (status = 'sending' and (
      claimed_by is null
      or updated_at < now() - make_interval(mins => ${CLAIM_TIMEOUT_MINUTES})
      or not exists (select 1 from mail_workers w where w.id = m.claimed_by and w.stopped_at is null and w.beat_at > now() - make_interval(secs => ${WORKER_ALIVE_SECONDS})))))
    returning id, key, user_id as "userId", to_email as "toEmail", kind, payload`)
  if (rows[0]) return { ...rows[0], id: Number(rows[0].id) }
  const { rows: left } = await getDb().execute<{ status: string }>(
    sql`select status::text from mail_messages where id = ${id}`,
  )
  return left[0]?.status === 'sending' ? 'busy' : null
}

export async function markSent(id: number, note: string | null = null): Promise<void> {
  await getDb().execute(
    sql`update mail_messages set status = 'sent', sent_at = now(), updated_at = now(), last_error = ${note} where id = ${id}`,
  )
}

/** A failed send: the message goes back to 'queued' (released for its job's retry), with the reason. */
export async function markFailed(id: number, workerId: string, error: string): Promise<void> {
  await getDb().execute(sql`
    update mail_messages set last_error = ${error.slice(0, 500)}, updated_at = now(),
      status = case when status = 'sending' and claimed_by = ${workerId} then 'queued'::mail_status else status end
    where id = ${id}`)
}

/** Out of retries: the dead-letter list admins see at /admin/mail. */
export async function markDead(id: number): Promise<void> {
  await getDb().execute(
    sql`update mail_messages set status = 'dead', updated_at = now() where id = ${id} and status <> 'sent'`,
  )
}

/** An admin's retry of dead messages: back to the outbox, with a wake-up for the worker. */
export async function requeueDead(actor: Actor, ids: number[] | 'all'): Promise<Result<{ count: number }>> {
  if (!atLeast(actor, 'admin'))
    return fail(actor.kind === 'member' ? 'forbidden' : 'unauthenticated', 'Only admins can retry mail.')
  const db = getDb()
  const where =
    ids === 'all'
      ? sql`status = 'dead'`
      : sql`status = 'dead' and id in (${sql.join(
          ids.map((i) => sql`${i}`),
          sql`, `,
        )})`
  const { rows } = await db.execute<{ id: number }>(
    sql`update mail_messages set status = 'pending', attempts = 0, updated_at = now() where ${where} returning id`,
  )
  await db.execute(sql`select pg_notify(${OUTBOX_CHANNEL}, '')`)
  return ok({ count: rows.length })
}
