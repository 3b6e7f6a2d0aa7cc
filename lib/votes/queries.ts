import 'server-only'
import { sql } from 'drizzle-orm'
import { getDb } from '@/db/client'

/** The member's votes on a thread's question, answers and comments, by post id. */
export async function listMyVotesInThread(userId: number, questionId: number): Promise<Record<number, 1 | -1>> {
  const { rows } = await getDb().execute<{ postId: number; value: 1 | -1 }>(sql`
    select post_id as "postId", value from votes where user_id = ${userId} and post_id in (
      select ${questionId}::int union all select id from answers where question_id = ${questionId}
      union all select id from comments where question_id = ${questionId})`)
  return Object.fromEntries(rows.map((r) => [r.postId, r.value]))
}
