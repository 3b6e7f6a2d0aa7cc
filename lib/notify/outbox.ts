import 'server-only'
import { sql } from 'drizzle-orm'
import type pg from 'pg'
import { getDb } from '@/db/client'
import { atLeast, type Actor } from '@/lib/auth/actor'
import { fail, ok, type Result } from '@/lib/result'
import type { OutboxRow } from './render'

export const OUTBOX_CHANNEL = 'askwell_outbox'

/**
 * Moves waiting outbox rows into the job queue. The rows are locked, the jobs inserted and the rows
 * marked queued in one transaction on one connection, so each message is queued exactly once even
 * with several workers running.
 */
export async function relayOutbox(client: pg.PoolClient, enqueue: (ids: number[], db: { executeSql: (text: string, values: unknown[]) => Promise<{ rows: unknown[] }> }) => Promise<void>, limit = 1000): Promise<number> {
  await client.query('begin')
  try {
    const { rows } = await client.query<{ id: string }>(`select id from mail_messages where status = 'pending' order by id limit $1 for update skip locked`, [limit])
    const ids = rows.map((r) => Number(r.id))
    if (ids.length) {
      await enqueue(ids, { executeSql: (text, values) => client.query(text, values) })
      await client.query(`update mail_messages set status = 'queued', updated_at = now() where id = any($1::bigint[])`, [ids])
    }
    await client.query('commit')
    return ids.length
  } catch (err) {
    await client.query('rollback').catch(() => {})
    throw err
  }
}

/**
 * Takes a queued message for sending. A message already sent (a duplicate job) or given up on is
 * not returned; one left "sending" by a worker that died is taken again: the SMTP server may or may
 * not have accepted it, so it goes out at least once (its Message-ID stays the same).
 */
export async function claimMessage(id: number): Promise<OutboxRow | null> {
  const { rows } = await getDb().execute<OutboxRow>(sql`
    update mail_messages set status = 'sending', attempts = attempts + 1, updated_at = now()
    where id = ${id} and status in ('queued', 'sending')
    returning id, key, user_id as "userId", to_email as "toEmail", kind, payload`)
  return rows[0] ? { ...rows[0], id: Number(rows[0].id) } : null
}

export async function markSent(id: number, note: string | null = null): Promise<void> {
  await getDb().execute(sql`update mail_messages set status = 'sent', sent_at = now(), updated_at = now(), last_error = ${note} where id = ${id}`)
}

export async function markFailed(id: number, error: string): Promise<void> {
  await getDb().execute(sql`update mail_messages set last_error = ${error.slice(0, 500)}, updated_at = now() where id = ${id}`)
}

/** Out of retries: the dead-letter list admins see at /admin/mail. */
export async function markDead(id: number): Promise<void> {
  await getDb().execute(sql`update mail_messages set status = 'dead', updated_at = now() where id = ${id} and status <> 'sent'`)
}

/** An admin's retry of dead messages: back to the outbox, with a wake-up for the worker. */
export async function requeueDead(actor: Actor, ids: number[] | 'all'): Promise<Result<{ count: number }>> {
  if (!atLeast(actor, 'admin')) return fail(actor.kind === 'member' ? 'forbidden' : 'unauthenticated', 'Only admins can retry mail.')
  const db = getDb()
  const where = ids === 'all' ? sql`status = 'dead'` : sql`status = 'dead' and id in (${sql.join(ids.map((i) => sql`${i}`), sql`, `)})`
  const { rows } = await db.execute<{ id: number }>(sql`update mail_messages set status = 'pending', attempts = 0, updated_at = now() where ${where} returning id`)
  await db.execute(sql`select pg_notify(${OUTBOX_CHANNEL}, '')`)
  return ok({ count: rows.length })
}
