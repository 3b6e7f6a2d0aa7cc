import 'server-only'
import { sql } from 'drizzle-orm'
import { z } from 'zod'
import { getDb } from '@/db/client'
import { atLeast, roleRank, roles, type Actor, type Role } from '@/lib/auth/actor'
import { canModerate } from '@/lib/auth/policy'
import { refuseBelow } from '@/lib/auth/staff'
import { cacheTags } from '@/lib/cache-tags'
import { recordAudit } from '@/lib/moderation/audit'
import { fail, ok, type Result } from '@/lib/result'
import { plainField } from '@/lib/text/fields'

const id = z.coerce.number().int().positive().max(2_147_483_647)
const reason = plainField('The reason', 500, 'Keep the reason under 500 characters.').optional()

export const suspendInput = z.strictObject({
  userId: id,
  suspended: z.enum(['1', '0']).transform((v) => v === '1'),
  reason,
})
export type SuspendInput = z.infer<typeof suspendInput>
export const roleInput = z.strictObject({ userId: id, role: z.enum(roles, 'Choose one of the roles.'), reason })
export type RoleInput = z.infer<typeof roleInput>

type Refresh = { refresh: string[] }
const userTags = (userId: number) => [cacheTags.user(userId), cacheTags.userList]

/**
 * Suspends or restores a member. Moderators may suspend members below their own rank; admins
 * anyone but themselves. A suspended member is signed out from their next request (the session
 * is checked against this flag on every request) and cannot post, vote or flag.
 */
export async function setSuspended(actor: Actor, input: SuspendInput): Promise<Result<Refresh>> {
  if (actor.kind !== 'member' || !canModerate(actor))
    return fail(actor.kind === 'anonymous' ? 'unauthenticated' : 'forbidden', 'Only moderators can suspend members.')
  if (actor.id === input.userId) return fail('forbidden', 'You cannot suspend yourself.')
  return getDb().transaction(async (tx) => {
    const { rows } = await tx.execute<{ role: Role; isSuspended: boolean }>(
      sql`select role, is_suspended as "isSuspended" from users where id = ${input.userId} for update`,
    )
    const target = rows[0]
    if (!target) return fail('not_found', 'There is no such member.', 'userId')
    if (actor.role !== 'admin' && roleRank[target.role] >= roleRank[actor.role])
      return fail('forbidden', 'Only an admin can suspend a moderator or an admin.')
    if (target.isSuspended === input.suspended) return ok({ refresh: [] })
    await tx.execute(sql`update users set is_suspended = ${input.suspended} where id = ${input.userId}`)
    await recordAudit(tx, {
      actorId: actor.id,
      action: input.suspended ? 'suspend' : 'unsuspend',
      targetType: 'user',
      targetId: input.userId,
      before: { suspended: target.isSuspended },
      after: { suspended: input.suspended },
      reason: input.reason || null,
    })
    return ok({ refresh: userTags(input.userId) })
  })
}

/** Changes a member's role: admins only, never their own (so a site always keeps an admin). */
export async function setRole(actor: Actor, input: RoleInput): Promise<Result<Refresh>> {
  if (actor.kind !== 'member' || !atLeast(actor, 'admin'))
    return fail(actor.kind === 'anonymous' ? 'unauthenticated' : 'forbidden', 'Only admins can change roles.')
  if (actor.id === input.userId) return fail('forbidden', 'You cannot change your own role.', 'role')
  return getDb().transaction(async (tx) => {
    const { rows } = await tx.execute<{ role: Role }>(sql`select role from users where id = ${input.userId} for update`)
    const target = rows[0]
    if (!target) return fail('not_found', 'There is no such member.', 'userId')
    if (target.role === input.role) return ok({ refresh: [] })
    await tx.execute(sql`update users set role = ${input.role} where id = ${input.userId}`)
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'role',
      targetType: 'user',
      targetId: input.userId,
      before: { role: target.role },
      after: { role: input.role },
      reason: input.reason || null,
    })
    return ok({ refresh: userTags(input.userId) })
  })
}

export type ModeratedUser = {
  id: number
  name: string
  handle: string
  role: Role
  isSuspended: boolean
  points: number
  joinedAt: string
  posts: {
    id: number
    type: string
    status: string
    excerpt: string
    ip: string | null
    at: string
    questionId: number
    slug: string
  }[]
  ips: { ip: string; posts: number; lastAt: string }[]
  flagsOnTheirPosts: { postId: number; reason: string; at: string; open: boolean }[]
  flagsTheyRaised: { postId: number; reason: string; at: string; open: boolean }[]
}

/**
 * What a moderator sees of a member: latest posts in any status with the address each came from,
 * their addresses, and flags both ways. Moderators only; null data when there is no such member.
 */
export async function getModeratedUser(actor: Actor | null, userId: number): Promise<Result<ModeratedUser | null>> {
  const refused = refuseBelow(actor, 'moderator')
  if (refused) return refused
  const db = getDb()
  const { rows: users } = await db.execute<{
    id: number
    name: string
    handle: string
    role: Role
    isSuspended: boolean
    points: number
    joinedAt: Date
  }>(sql`
    select id, display_name as name, handle, role, is_suspended as "isSuspended", points, created_at as "joinedAt" from users where id = ${userId}`)
  const user = users[0]
  if (!user) return ok(null)
  const [posts, ips, against, raised] = await Promise.all([
    db.execute<{
      id: number
      type: string
      status: string
      body: string
      ip: string | null
      at: Date
      questionId: number
      slug: string
    }>(sql`
      select * from (
        (select q.id, 'question' as type, q.status::text, q.title as body, host(q.author_ip) as ip, q.created_at as at, q.id as "questionId", q.slug from questions q where q.author_id = ${userId} order by q.created_at desc limit 30)
        union all
        (select a.id, 'answer', a.status::text, left(a.body, 200), host(a.author_ip), a.created_at, q.id, q.slug from answers a join questions q on q.id = a.question_id where a.author_id = ${userId} order by a.created_at desc limit 30)
        union all
        (select c.id, 'comment', c.status::text, left(c.body, 200), host(c.author_ip), c.created_at, q.id, q.slug from comments c join questions q on q.id = c.question_id where c.author_id = ${userId} order by c.created_at desc limit 30)
      ) p order by at desc limit 50`),
    db.execute<{ ip: string; posts: number; lastAt: Date }>(sql`
      select host(ip) as ip, count(*)::int as posts, max(at) as "lastAt" from (
        select author_ip as ip, created_at as at from questions where author_id = ${userId} and author_ip is not null
        union all select author_ip, created_at from answers where author_id = ${userId} and author_ip is not null
        union all select author_ip, created_at from comments where author_id = ${userId} and author_ip is not null
      ) x group by ip order by max(at) desc limit 50`),
    db.execute<{ postId: number; reason: string; at: Date; open: boolean }>(sql`
      select f.post_id as "postId", f.reason, f.created_at as at, f.resolved_at is null as open from flags f
      where f.post_id in (select id from questions where author_id = ${userId} union all select id from answers where author_id = ${userId} union all select id from comments where author_id = ${userId})
      order by f.created_at desc limit 50`),
    db.execute<{ postId: number; reason: string; at: Date; open: boolean }>(sql`
      select post_id as "postId", reason, created_at as at, resolved_at is null as open from flags where user_id = ${userId} order by created_at desc limit 50`),
  ])
  const iso = (d: Date) => new Date(d).toISOString()
  return ok({
    id: user.id,
    name: user.name,
    handle: user.handle,
    role: user.role,
    isSuspended: user.isSuspended,
    points: user.points,
    joinedAt: iso(user.joinedAt),
    posts: posts.rows.map((p) => ({ ...p, excerpt: p.body, at: iso(p.at) })),
    ips: ips.rows.map((r) => ({ ...r, lastAt: iso(r.lastAt) })),
    flagsOnTheirPosts: against.rows.map((f) => ({ ...f, at: iso(f.at) })),
    flagsTheyRaised: raised.rows.map((f) => ({ ...f, at: iso(f.at) })),
  })
}

/** A member's id by handle (any letter case) or by number, for the moderators' lookup. Moderators only. */
export async function findUserId(actor: Actor | null, query: string): Promise<Result<number | null>> {
  const refused = refuseBelow(actor, 'moderator')
  if (refused) return refused
  const q = query.trim().replace(/^@/, '')
  if (!q) return ok(null)
  const asId = /^\d{1,9}$/.test(q) ? Number(q) : null
  const { rows } = await getDb().execute<{ id: number }>(sql`
    select id from users where ${asId !== null ? sql`id = ${asId} or ` : sql``} lower(handle) = lower(${q}) limit 1`)
  return ok(rows[0]?.id ?? null)
}

/** Suspended members, most recently changed first. Moderators only. */
export async function listSuspendedUsers(
  actor: Actor | null,
  limit = 50,
): Promise<Result<{ id: number; name: string; handle: string }[]>> {
  const refused = refuseBelow(actor, 'moderator')
  if (refused) return refused
  const { rows } = await getDb().execute<{ id: number; name: string; handle: string }>(sql`
    select id, display_name as name, handle from users where is_suspended order by id desc limit ${limit}`)
  return ok(rows)
}
