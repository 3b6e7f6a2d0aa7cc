import 'server-only'
import { sql } from 'drizzle-orm'
import { getDb } from '@/db/client'
import { iso } from '@/lib/authors'

export type InboxItem = {
  id: number
  kind: string
  reason: string
  title: string
  actor: string | null
  createdAt: string
  read: boolean
}

const PAGE = 30

/** The member's inbox, newest first; posts that are gone are left out. */
export async function listInbox(userId: number, page = 1): Promise<{ items: InboxItem[]; hasMore: boolean }> {
  const { rows } = await getDb().execute<Omit<InboxItem, 'createdAt'> & { createdAt: Date }>(sql`
    select n.id, n.kind, n.reason, q.title, coalesce(a.display_name, 'Someone') as actor, n.created_at as "createdAt", n.read_at is not null as read
    from notifications n
    join questions q on q.id = n.question_id and q.status = 'visible'
    left join users a on a.id = n.actor_id
    where n.user_id = ${userId}
    order by n.created_at desc, n.id desc
    limit ${PAGE + 1} offset ${(page - 1) * PAGE}`)
  return {
    items: rows.slice(0, PAGE).map((r) => ({ ...r, createdAt: iso(r.createdAt)! })),
    hasMore: rows.length > PAGE,
  }
}

/** For the header badge: counted from the partial index of unread rows, capped. */
export async function countUnread(userId: number): Promise<number> {
  const { rows } = await getDb().execute<{ n: number }>(
    sql`select count(*)::int as n from (select 1 from notifications where user_id = ${userId} and read_at is null limit 100) x`,
  )
  return rows[0]!.n
}
