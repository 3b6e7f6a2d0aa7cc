import 'server-only'
import { sql } from 'drizzle-orm'
import type { Database } from '@/db/client'

export type Tx = Parameters<Parameters<Database['transaction']>[0]>[0]

export type PostType = 'question' | 'answer' | 'comment'

export type PostRow = {
  type: PostType
  id: number
  authorId: number | null
  status: 'visible' | 'pending' | 'hidden' | 'deleted'
  /** The thread it belongs to (itself for a question). */
  questionId: number
  /** For a comment: the answer it is on, if any, and that answer's status. */
  answerId: number | null
  answerStatus: 'visible' | 'pending' | 'hidden' | 'deleted' | null
  questionStatus: 'visible' | 'pending' | 'hidden' | 'deleted'
}

const tableOf: Record<PostType, string> = { question: 'questions', answer: 'answers', comment: 'comments' }

/**
 * Any post by id (questions, answers and comments share one id sequence). With `lock`, the post's
 * row is locked for the rest of the transaction: writers of one post's counters take turns.
 */
export async function locatePost(tx: Pick<Database, 'execute'>, id: number, lock = false): Promise<PostRow | null> {
  const { rows } = await tx.execute<PostRow>(sql`
    select 'question' as type, id, author_id as "authorId", status, id as "questionId", null::int as "answerId", null::post_status as "answerStatus", status as "questionStatus"
      from questions where id = ${id}
    union all
    select 'answer', a.id, a.author_id, a.status, a.question_id, null, null, q.status from answers a join questions q on q.id = a.question_id where a.id = ${id}
    union all
    select 'comment', c.id, c.author_id, c.status, c.question_id, c.answer_id, pa.status, q.status
      from comments c join questions q on q.id = c.question_id left join answers pa on pa.id = c.answer_id where c.id = ${id}`)
  const post = rows[0] ?? null
  if (post && lock)
    await tx.execute(sql`select 1 from ${sql.raw(tableOf[post.type])} where id = ${id} for no key update`)
  return post
}

export const postTable = (type: PostType) => sql.raw(tableOf[type])

/** Visible, on a visible thread (and, for a comment on an answer, a visible answer): what readers can see and act on. */
export const isReadable = (post: PostRow) =>
  post.status === 'visible' &&
  post.questionStatus === 'visible' &&
  (post.answerStatus === null || post.answerStatus === 'visible')
