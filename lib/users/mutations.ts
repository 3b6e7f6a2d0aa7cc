import 'server-only'
import { eq, sql } from 'drizzle-orm'
import { getDb } from '@/db/client'
import { users } from '@/db/schema'
import type { Actor } from '@/lib/auth/actor'
import { hashPassword, verifyPassword } from '@/lib/auth/password'
import { cacheTags } from '@/lib/cache-tags'
import { consumeRateLimit } from '@/lib/rate-limit/consume'
import { fail, ok, type Result } from '@/lib/result'
import type { PasswordChangeInput, ProfileInput } from './schemas'

/** Threads whose cached pages show the member's name; older ones catch up at their hourly revalidation. */
const THREADS_REFRESHED_ON_RENAME = 500

const isUniqueViolation = (e: unknown) => typeof e === 'object' && e !== null && 'code' in e && e.code === '23505'

/** The member's own display name and handle. Returns the cache tags of every page showing them. */
export async function updateProfile(
  actor: Actor,
  input: ProfileInput,
): Promise<Result<{ refresh: string[]; handle: string }>> {
  if (actor.kind !== 'member' || actor.isSuspended) return fail('unauthenticated', 'Sign in to change your profile.')
  const db = getDb()
  const { rows: taken } = await db.execute(
    sql`select 1 from users where lower(handle) = ${input.handle} and id <> ${actor.id}`,
  )
  if (taken.length) return fail('conflict', 'That handle is taken. Try another.', 'handle')
  try {
    await db.update(users).set({ displayName: input.name, handle: input.handle }).where(eq(users.id, actor.id))
  } catch (e) {
    // Two members claiming one handle at once: the unique index lets only one through.
    if (isUniqueViolation(e)) return fail('conflict', 'That handle is taken. Try another.', 'handle')
    throw e
  }
  const { rows } = await db.execute<{ id: number }>(sql`
    select question_id as id from (
      select id as question_id, created_at from questions where author_id = ${actor.id}
      union all select question_id, created_at from answers where author_id = ${actor.id}
      union all select question_id, created_at from comments where author_id = ${actor.id}
    ) p group by question_id order by max(created_at) desc limit ${THREADS_REFRESHED_ON_RENAME}`)
  return ok({
    handle: input.handle,
    refresh: [
      cacheTags.user(actor.id),
      cacheTags.userList,
      cacheTags.questionLists,
      ...rows.map((r) => cacheTags.question(r.id)),
    ],
  })
}

/** Sets a new password; the current one must be given when the account has one. */
export async function changePassword(actor: Actor, input: PasswordChangeInput): Promise<Result<void>> {
  if (actor.kind !== 'member' || actor.isSuspended) return fail('unauthenticated', 'Sign in to change your password.')
  const limited = await consumeRateLimit('signIn', actor)
  if (!limited.ok) return limited
  const [row] = await getDb().select({ hash: users.passwordHash }).from(users).where(eq(users.id, actor.id))
  if (row?.hash && !(await verifyPassword(row.hash, input.current)))
    return fail('invalid', 'That is not your current password.', 'current')
  await getDb()
    .update(users)
    .set({ passwordHash: await hashPassword(input.password) })
    .where(eq(users.id, actor.id))
  return ok(undefined)
}
