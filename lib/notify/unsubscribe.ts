import 'server-only'
import { sql } from 'drizzle-orm'
import { getDb } from '@/db/client'
import { fail, ok, type Result } from '@/lib/result'
import { readUnsubscribeToken, type UnsubscribeScope } from './unsubscribe-token'

const cadenceName = { daily: 'daily', weekly: 'weekly' } as const

/** In words, what the link stops (shown before and after). */
async function describe(scope: UnsubscribeScope): Promise<string> {
  switch (scope.kind) {
    case 'own':
      return 'email about your own posts, the questions you follow and mentions of you'
    case 'followed':
      return 'email about the categories, tags and people you follow'
    case 'digest':
      return `the ${cadenceName[scope.cadence]} digest email`
    case 'address':
      return `every email to ${scope.email} from this site`
    case 'question': {
      const { rows } = await getDb().execute<{ title: string }>(
        sql`select title from questions where id = ${scope.questionId}`,
      )
      return `email about new posts on “${rows[0]?.title ?? 'a question you follow'}”`
    }
  }
}

export async function describeUnsubscribe(token: string): Promise<Result<{ stops: string; forMember: boolean }>> {
  const scope = readUnsubscribeToken(token)
  if (!scope)
    return fail(
      'invalid',
      'This unsubscribe link is not valid. Copy the whole link from the email, or change your email settings after signing in.',
    )
  return ok({ stops: await describe(scope), forMember: scope.kind !== 'address' })
}

/** Carries out a signed unsubscribe link. Idempotent: a second use changes nothing and says the same. */
export async function applyUnsubscribe(token: string): Promise<Result<{ stopped: string }>> {
  const scope = readUnsubscribeToken(token)
  if (!scope) return fail('invalid', 'This unsubscribe link is not valid.')
  const db = getDb()
  switch (scope.kind) {
    case 'own':
      await db.execute(sql`update users set email_own = 'never' where id = ${scope.userId}`)
      break
    case 'followed':
      await db.execute(sql`update users set email_followed = 'never' where id = ${scope.userId}`)
      break
    case 'digest':
      await db.execute(sql`
        update users set
          email_own = case when email_own::text = ${scope.cadence} then 'never' else email_own end,
          email_followed = case when email_followed::text = ${scope.cadence} then 'never' else email_followed end
        where id = ${scope.userId}`)
      break
    case 'question':
      // Keep it in the inbox (tracking); only the mail stops.
      await db.execute(sql`
        insert into follows (user_id, target_type, target_id, level) values (${scope.userId}, 'question', ${scope.questionId}, 'tracking')
        on conflict (user_id, target_type, target_id) do update set level = 'tracking' where follows.level = 'watching'`)
      break
    case 'address':
      await db.execute(
        sql`insert into mail_suppressions (email) values (${scope.email.toLowerCase()}) on conflict do nothing`,
      )
      break
  }
  // Whatever was already waiting to go out under this scope goes no further.
  if (scope.kind === 'address')
    await db.execute(
      sql`update mail_messages set status = 'dead', last_error = 'unsubscribed' where lower(to_email) = ${scope.email.toLowerCase()} and status in ('pending', 'queued')`,
    )
  return ok({ stopped: await describe(scope) })
}
