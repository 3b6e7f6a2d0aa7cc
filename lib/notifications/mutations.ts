import 'server-only'
import { sql } from 'drizzle-orm'
import { getDb } from '@/db/client'
import type { Actor } from '@/lib/auth/actor'
import { fail, ok, type Result } from '@/lib/result'

/** Marks one of the member's own notifications read and returns where it points. */
export async function openNotification(actor: Actor, id: number): Promise<Result<{ path: string }>> {
  if (actor.kind !== 'member') return fail('unauthenticated', 'Sign in to see your inbox.')
  const { rows } = await getDb().execute<{ path: string }>(sql`
    update notifications n set read_at = coalesce(n.read_at, now())
    from questions q
    where n.id = ${id} and n.user_id = ${actor.id} and q.id = n.question_id
    returning '/' || q.id || '/' || q.slug || case
      when n.kind in ('new_answer', 'accepted') then '#a' || n.post_id
      when n.kind = 'new_comment' then '#c' || n.post_id
      else '' end as path`)
  return rows[0] ? ok(rows[0]) : fail('not_found', 'That notification is not yours or no longer exists.')
}

export async function markAllRead(actor: Actor): Promise<Result<{ count: number }>> {
  if (actor.kind !== 'member') return fail('unauthenticated', 'Sign in to see your inbox.')
  const { rows } = await getDb().execute<{ n: number }>(sql`
    with done as (update notifications set read_at = now() where user_id = ${actor.id} and read_at is null returning 1) select count(*)::int as n from done`)
  return ok({ count: rows[0]!.n })
}
