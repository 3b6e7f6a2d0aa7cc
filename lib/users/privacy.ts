import 'server-only'
import { sql } from 'drizzle-orm'
import { z } from 'zod'
import { getDb } from '@/db/client'
import { refreshPoints } from '@/db/counters'
import type { Actor } from '@/lib/auth/actor'
import { verifyPassword } from '@/lib/auth/password'
import { cacheTags } from '@/lib/cache-tags'
import { recordAudit } from '@/lib/moderation/audit'
import { locatePost } from '@/lib/posts/locate'
import { changeStatus } from '@/lib/posts/mutations'
import { fail, ok, type Result } from '@/lib/result'
import { getSettings } from '@/lib/settings/queries'

/** Everything the site holds about a member, for "download my data". */
export async function exportMyData(userId: number): Promise<Record<string, unknown> | null> {
  const db = getDb()
  const q = async (query: ReturnType<typeof sql>) => (await db.execute(query)).rows
  const [profile] = await q(sql`
    select id, display_name as name, handle, email, role, points, bio, created_at as "joinedAt", email_own as "emailAboutMyPosts", email_followed as "emailAboutFollowed"
    from users where id = ${userId}`)
  if (!profile) return null
  const [questions, answers, comments, votes, follows, notifications, flags, signInAddresses] = await Promise.all([
    q(
      sql`select id, title, body, status, created_at as "createdAt", edited_at as "editedAt" from questions where author_id = ${userId} order by id`,
    ),
    q(
      sql`select id, question_id as "questionId", body, status, created_at as "createdAt", edited_at as "editedAt" from answers where author_id = ${userId} order by id`,
    ),
    q(
      sql`select id, question_id as "questionId", answer_id as "answerId", body, status, created_at as "createdAt" from comments where author_id = ${userId} order by id`,
    ),
    q(
      sql`select post_id as "postId", post_type as "postType", value, created_at as "createdAt" from votes where user_id = ${userId} order by post_id`,
    ),
    q(
      sql`select target_type as "targetType", target_id as "targetId", level, created_at as "createdAt" from follows where user_id = ${userId} order by created_at`,
    ),
    q(
      sql`select kind, reason, question_id as "questionId", post_id as "postId", created_at as "createdAt", read_at as "readAt" from notifications where user_id = ${userId} order by id`,
    ),
    q(
      sql`select post_id as "postId", reason, created_at as "createdAt" from flags where user_id = ${userId} order by created_at`,
    ),
    q(
      sql`select host(ip) as ip, last_sign_in_at as "lastSignInAt" from sign_in_addresses where user_id = ${userId} order by last_sign_in_at desc`,
    ),
  ])
  return {
    exportedAt: new Date().toISOString(),
    profile,
    questions,
    answers,
    comments,
    votes,
    follows,
    notifications,
    flags,
    signInAddresses,
  }
}

export const deleteAccountInput = z.strictObject({
  keepPosts: z.enum(['keep', 'remove'], 'Choose what happens to your posts.'),
  confirmHandle: z.string().trim().max(40),
  password: z.string().max(200).optional(),
})
export type DeleteAccountInput = z.infer<typeof deleteAccountInput>

/**
 * Deletes the member's account. Their votes go (and the scores and points they made), as do
 * follows, notifications, flags and sign-in records. Their posts either stay, shown as by "deleted
 * user" with nothing linking them to the person, or are removed: taken down with every count kept
 * exact, their text and edit history erased.
 */
export async function deleteMyAccount(actor: Actor, input: DeleteAccountInput): Promise<Result<{ refresh: string[] }>> {
  if (actor.kind !== 'member') return fail('unauthenticated', 'Sign in first.')
  const settings = await getSettings()
  return getDb().transaction(async (tx) => {
    const { rows } = await tx.execute<{ handle: string; passwordHash: string | null; role: string }>(sql`
      select handle, password_hash as "passwordHash", role from users where id = ${actor.id} for update`)
    const me = rows[0]
    if (!me) return fail('not_found', 'That account no longer exists.')
    if (input.confirmHandle.replace(/^@/, '').toLowerCase() !== me.handle.toLowerCase())
      return fail('invalid', `Type your handle, ${me.handle}, to confirm.`, 'confirmHandle')
    if (me.passwordHash && !(await verifyPassword(me.passwordHash, input.password ?? '')))
      return fail('invalid', 'That is not your password.', 'password')
    if (me.role === 'admin') {
      const { rows: admins } = await tx.execute<{ n: number }>(
        sql`select count(*)::int as n from users where role = 'admin' and not is_suspended`,
      )
      if (admins[0]!.n <= 1) return fail('forbidden', 'You are the only admin: make someone else an admin first.')
    }

    // Votes out, with the scores and points they made.
    const { rows: voted } = await tx.execute<{ postId: number; postType: 'question' | 'answer' | 'comment' }>(sql`
      delete from votes where user_id = ${actor.id} returning post_id as "postId", post_type as "postType"`)
    const authors: (number | null)[] = []
    for (const type of ['question', 'answer', 'comment'] as const) {
      const ids = voted.filter((v) => v.postType === type).map((v) => v.postId)
      if (ids.length === 0) continue
      const table = sql.raw({ question: 'questions', answer: 'answers', comment: 'comments' }[type])
      const { rows: touched } = await tx.execute<{ authorId: number | null }>(sql`
        update ${table} p set score = coalesce((select sum(value) from votes v where v.post_id = p.id), 0)
          ${
            type === 'comment'
              ? sql``
              : sql`, upvotes = (select count(*) from votes v where v.post_id = p.id and v.value = 1),
            downvotes = (select count(*) from votes v where v.post_id = p.id and v.value = -1)`
          }
        where p.id = any(${`{${ids.join(',')}}`}::int[]) returning p.author_id as "authorId"`)
      authors.push(...touched.map((t) => t.authorId))
    }

    const { rows: mine } = await tx.execute<{ id: number; questionId: number }>(sql`
      select id, id as "questionId" from questions where author_id = ${actor.id}
      union all select id, question_id from answers where author_id = ${actor.id}
      union all select id, question_id from comments where author_id = ${actor.id}
      order by 1`)
    if (input.keepPosts === 'remove') {
      for (const { id } of mine) {
        const post = await locatePost(tx, id, true)
        if (post && post.status !== 'deleted') authors.push(...(await changeStatus(tx, post, 'deleted', settings)))
      }
      await tx.execute(sql`delete from revisions where post_id = any(${`{${mine.map((m) => m.id).join(',')}}`}::int[])`)
      await tx.execute(
        sql`update questions set title = 'Removed by its author', body = '' where author_id = ${actor.id}`,
      )
      for (const table of ['answers', 'comments'])
        await tx.execute(sql`update ${sql.raw(table)} set body = '' where author_id = ${actor.id}`)
    }
    for (const table of ['questions', 'answers', 'comments'])
      await tx.execute(
        sql`update ${sql.raw(table)} set author_id = null, anon_name = 'deleted user', anon_email = null, author_ip = null where author_id = ${actor.id}`,
      )
    await tx.execute(sql`update revisions set editor_name = 'deleted user' where editor_id = ${actor.id}`)
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'delete_account',
      targetType: 'user',
      targetId: actor.id,
      after: { posts: input.keepPosts === 'keep' ? 'kept as deleted user' : 'removed', count: mine.length },
    })
    await tx.execute(sql`delete from users where id = ${actor.id}`)
    await refreshPoints(
      tx,
      authors.filter((a) => a !== actor.id),
      settings.points,
    )
    const threads = [...new Set(mine.map((m) => m.questionId))]
    return ok({
      refresh: [
        cacheTags.user(actor.id),
        cacheTags.userList,
        cacheTags.questionLists,
        cacheTags.sitemap,
        ...(input.keepPosts === 'remove' ? [cacheTags.questionLinks] : []),
        ...threads.map(cacheTags.question),
      ],
    })
  })
}
