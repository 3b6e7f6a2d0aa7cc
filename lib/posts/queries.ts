import 'server-only'
import { sql } from 'drizzle-orm'
import { getDb } from '@/db/client'
import { iso } from '@/lib/authors'
import type { Actor } from '@/lib/auth/actor'
import { refuseBelow } from '@/lib/auth/staff'
import { ok, type Result } from '@/lib/result'
import type { PostType } from './locate'

export type RemovedPost = {
  id: number
  type: PostType
  status: 'hidden' | 'deleted'
  excerpt: string
  questionId: number
  questionTitle: string
  author: string
  removedAt: string | null
}

/** The most recently deleted or hidden posts, newest first: what a moderator may restore. Moderators only. */
export async function listRemovedPosts(actor: Actor | null, limit = 50): Promise<Result<RemovedPost[]>> {
  const refused = refuseBelow(actor, 'moderator')
  if (refused) return refused
  const { rows } = await getDb().execute<Omit<RemovedPost, 'removedAt'> & { removedAt: Date | null }>(sql`
    select p.id, p.type, p.status, left(p.body, 160) as excerpt, p.question_id as "questionId", q.title as "questionTitle",
           coalesce(u.display_name, p.anon_name, 'Anonymous') as author, p.removed_at as "removedAt"
    from (
      (select 'question' as type, id, status, title as body, id as question_id, author_id, anon_name, deleted_at as removed_at
         from questions where status in ('deleted', 'hidden') order by deleted_at desc nulls last limit ${limit})
      union all
      (select 'answer', id, status, body, question_id, author_id, anon_name, deleted_at
         from answers where status in ('deleted', 'hidden') order by deleted_at desc nulls last limit ${limit})
      union all
      (select 'comment', id, status, body, question_id, author_id, anon_name, deleted_at
         from comments where status in ('deleted', 'hidden') order by deleted_at desc nulls last limit ${limit})
    ) p
    join questions q on q.id = p.question_id
    left join users u on u.id = p.author_id
    order by p.removed_at desc nulls last
    limit ${limit}`)
  return ok(rows.map((r) => ({ ...r, removedAt: iso(r.removedAt) })))
}
