import 'server-only'
import { sql } from 'drizzle-orm'
import { getDb } from '@/db/client'
import { OUTBOX_CHANNEL } from './outbox'

/**
 * Gathers each member's waiting daily (or weekly) inbox rows into one digest mail. The rows are
 * marked in the same statement that writes the mail, so a row goes into exactly one digest, even
 * if two workers run this at once (the second finds nothing left). Returns the number of digests.
 */
export async function buildDigests(cadence: 'daily' | 'weekly', now = new Date()): Promise<number> {
  const period = now.toISOString().slice(0, 10)
  const { rows } = await getDb().execute<{ n: number }>(sql`
    with taken as (
      update notifications n set digested_at = ${now}
      where n.id in (
        select id from notifications
        where email = ${cadence} and digested_at is null and read_at is null
        for update skip locked
      )
      returning n.id, n.user_id
    ),
    mails as (
      insert into mail_messages (key, user_id, kind, payload)
      select 'digest:' || ${cadence} || ':' || user_id || ':' || ${period} || ':' || min(id), user_id, 'digest',
        jsonb_build_object('cadence', ${cadence}::text, 'notificationIds', jsonb_agg(id order by id))
      from taken group by user_id
      on conflict (key) do nothing
      returning 1
    )
    select count(*)::int as n from mails`)
  await getDb().execute(sql`select pg_notify(${OUTBOX_CHANNEL}, '')`)
  return rows[0]!.n
}
