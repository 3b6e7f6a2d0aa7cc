import 'server-only'
import { sql } from 'drizzle-orm'
import { getDb } from '@/db/client'
import type { Actor } from '@/lib/auth/actor'
import type { Tx } from '@/lib/posts/locate'
import { fail, ok, type Result } from '@/lib/result'
import type { FollowTarget, SetFollowInput } from './schemas'

/**
 * The target must exist and be visible; a member cannot follow themself. The row stays locked
 * until the follow is written, so an admin's merge of a category (which holds the whole table)
 * either moves this follow or makes this check fail, never leaves it pointing at nothing.
 */
async function lockTarget(tx: Pick<Tx, 'execute'>, type: FollowTarget, id: number): Promise<boolean> {
  const table = {
    question: sql`questions where status = 'visible' and`,
    category: sql`categories where`,
    tag: sql`tags where`,
    user: sql`users where not is_suspended and`,
  }[type]
  const { rows } = await tx.execute(sql`select 1 from ${table} id = ${id} for key share`)
  return rows.length > 0
}

/** Follow, change how closely, mute, or stop following (`none`). */
export async function setFollow(
  actor: Actor,
  input: SetFollowInput,
): Promise<Result<{ level: SetFollowInput['level'] }>> {
  if (actor.kind !== 'member' || actor.isSuspended) return fail('unauthenticated', 'Sign in to follow.')
  if (input.targetType === 'user' && input.targetId === actor.id) return fail('invalid', 'You cannot follow yourself.')
  return getDb().transaction(async (tx) => {
    if (!(await lockTarget(tx, input.targetType, input.targetId)))
      return fail('not_found', 'That is not available any more.')
    if (input.level === 'none') {
      await tx.execute(
        sql`delete from follows where user_id = ${actor.id} and target_type = ${input.targetType} and target_id = ${input.targetId}`,
      )
    } else {
      await tx.execute(sql`
        insert into follows (user_id, target_type, target_id, level) values (${actor.id}, ${input.targetType}, ${input.targetId}, ${input.level})
        on conflict (user_id, target_type, target_id) do update set level = excluded.level`)
    }
    return ok({ level: input.level })
  })
}

export async function setEmailPrefs(
  actor: Actor,
  prefs: { emailOwn: string; emailFollowed: string },
): Promise<Result<void>> {
  if (actor.kind !== 'member' || actor.isSuspended) return fail('unauthenticated', 'Sign in first.')
  await getDb().execute(
    sql`update users set email_own = ${prefs.emailOwn}, email_followed = ${prefs.emailFollowed} where id = ${actor.id}`,
  )
  return ok(undefined)
}
