import 'server-only'
import { sql } from 'drizzle-orm'
import { getDb } from '@/db/client'
import { iso } from '@/lib/authors'
import { excerpt, markdownToText } from '@/lib/markdown/render'
import type { Actor } from '@/lib/auth/actor'
import { refuseBelow } from '@/lib/auth/staff'
import type { PostType } from '@/lib/posts/locate'
import { ok, type Result } from '@/lib/result'

export type QueueItem = {
  id: number
  type: PostType
  status: 'visible' | 'pending' | 'hidden' | 'deleted'
  excerpt: string
  /** The thread, for a link (the post's anchor on it). */
  question: { id: number; slug: string; title: string }
  author: string
  authorId: number | null
  createdAt: string
  flags: { count: number; reasons: string[] }
}

/** What waits for a moderator: posts with open flags (most flagged first), then posts held for approval. Moderators only. */
export async function listModerationQueue(actor: Actor | null, limit = 100): Promise<Result<QueueItem[]>> {
  const refused = refuseBelow(actor, 'moderator')
  if (refused) return refused
  const { rows } = await getDb().execute<{
    id: number
    type: PostType
    status: QueueItem['status']
    body: string
    qid: number
    slug: string
    title: string
    authorName: string | null
    anonName: string | null
    authorId: number | null
    createdAt: Date
    flagCount: number | null
    reasons: string[] | null
  }>(sql`
    with open_flags as (
      select post_id, count(*)::int as n, array_agg(reason order by created_at) as reasons, max(created_at) as last
      from flags where resolved_at is null group by post_id
    ),
    queue as (
      select post_id as id from open_flags
      union select id from questions where status = 'pending'
      union select id from answers where status = 'pending'
      union select id from comments where status = 'pending'
    )
    select p.*, p.author_id as "authorId", u.display_name as "authorName", f.n as "flagCount", f.reasons
    from queue
    cross join lateral (
      select 'question' as type, q.id, q.status, left(q.body, 2000) as body, q.id as qid, q.slug, q.title, q.author_id, q.anon_name as "anonName", q.created_at as "createdAt"
        from questions q where q.id = queue.id
      union all
      select 'answer', a.id, a.status, left(a.body, 2000), q.id, q.slug, q.title, a.author_id, a.anon_name, a.created_at
        from answers a join questions q on q.id = a.question_id where a.id = queue.id
      union all
      select 'comment', c.id, c.status, left(c.body, 2000), q.id, q.slug, q.title, c.author_id, c.anon_name, c.created_at
        from comments c join questions q on q.id = c.question_id where c.id = queue.id
    ) p
    left join users u on u.id = p.author_id
    left join open_flags f on f.post_id = p.id
    order by coalesce(f.n, 0) desc, f.last desc nulls last, p.id desc
    limit ${limit}`)
  return ok(
    rows.map((r) => ({
      id: r.id,
      type: r.type,
      status: r.status,
      excerpt: excerpt(markdownToText(r.body), 240) || '(no text)',
      question: { id: r.qid, slug: r.slug, title: r.title },
      author: r.authorName ?? (r.anonName ? `${r.anonName} (anonymous)` : 'anonymous'),
      authorId: r.authorId,
      createdAt: iso(r.createdAt)!,
      flags: { count: r.flagCount ?? 0, reasons: r.reasons ?? [] },
    })),
  )
}

export type AuditRow = {
  id: number
  at: string
  actor: string
  action: string
  target: string
  targetId: number | null
  before: unknown
  after: unknown
  reason: string | null
}

export const AUDIT_PAGE_SIZE = 50

/** The audit log, newest first, optionally one action's or one actor's. Moderators only. */
export async function listAuditLog(
  actor: Actor | null,
  filter: { action?: string | null; actorId?: number | null; page: number },
): Promise<Result<{ rows: AuditRow[]; hasMore: boolean }>> {
  const refused = refuseBelow(actor, 'moderator')
  if (refused) return refused
  const { rows } = await getDb().execute<{
    id: number
    at: Date
    actorName: string | null
    actorId: number | null
    action: string
    targetType: string
    targetId: number | null
    before: unknown
    after: unknown
    reason: string | null
  }>(sql`
    select l.id, l.created_at as at, u.display_name as "actorName", l.actor_id as "actorId", l.action, l.target_type as "targetType", l.target_id as "targetId", l.before, l.after, l.reason
    from audit_log l left join users u on u.id = l.actor_id
    where ${filter.action ? sql`l.action = ${filter.action}` : sql`true`} and ${filter.actorId ? sql`l.actor_id = ${filter.actorId}` : sql`true`}
    order by l.created_at desc, l.id desc
    limit ${AUDIT_PAGE_SIZE + 1} offset ${(filter.page - 1) * AUDIT_PAGE_SIZE}`)
  return ok({
    hasMore: rows.length > AUDIT_PAGE_SIZE,
    rows: rows.slice(0, AUDIT_PAGE_SIZE).map((r) => ({
      id: r.id,
      at: iso(r.at)!,
      actor: r.actorName ?? (r.actorId === null ? 'System' : `member ${r.actorId}`),
      action: r.action,
      target: r.targetType,
      targetId: r.targetId,
      before: r.before,
      after: r.after,
      reason: r.reason,
    })),
  })
}

/** Whether this member has flagged this post (they may still see the flag page once it is hidden). */
export async function hasFlagged(userId: number, postId: number): Promise<boolean> {
  const { rows } = await getDb().execute(sql`select 1 from flags where user_id = ${userId} and post_id = ${postId}`)
  return rows.length > 0
}
