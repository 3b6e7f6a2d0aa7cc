import 'server-only'
import { sql } from 'drizzle-orm'
import { getDb } from '@/db/client'
import { refreshPoints } from '@/db/counters'
import type { Actor } from '@/lib/auth/actor'
import { authorValues } from '@/lib/posts/author-values'
import { threadRefreshTags } from '@/lib/posts/refresh'
import type { PostAnswerInput } from '@/lib/posts/schemas'
import { mayPost } from '@/lib/posts/may-post'
import { fail, ok, type Result } from '@/lib/result'
import { getSettings } from '@/lib/settings/queries'
import { followOwnThread, notifyNewPost } from '@/lib/notify/fanout'
import { holdNewPost, mustHold } from '@/lib/moderation/hold'

const questionGone = 'That question is not available any more.'

function whyNoAnswers(q: { status: string; closedAt: Date | null }): Result<never> | null {
  if (q.status !== 'visible') return fail('not_found', questionGone, 'questionId')
  if (q.closedAt) return fail('conflict', 'This question is closed, so it takes no new answers.')
  return null
}

async function takesAnswers(questionId: number): Promise<Result<void>> {
  const { rows } = await getDb().execute<{ status: string; closedAt: Date | null }>(
    sql`select status, closed_at as "closedAt" from questions where id = ${questionId}`,
  )
  const q = rows[0]
  return (q ? whyNoAnswers(q) : fail('not_found', questionGone, 'questionId')) ?? ok(undefined)
}

/** Answers a visible, open question. Refreshes the thread, the lists and the people involved. */
export async function postAnswer(
  actor: Actor,
  input: PostAnswerInput,
): Promise<Result<{ id: number; questionId: number; slug: string; held: boolean; refresh: string[] }>> {
  const settings = await getSettings()
  // A question that takes no answers is said before anything counts against the poster's limits.
  const open = await takesAnswers(input.questionId)
  if (!open.ok) return open
  const allowed = await mayPost(actor, settings, 'answer', input.body)
  if (!allowed.ok) return allowed
  return getDb().transaction(async (tx) => {
    // Judged before the post exists: a member's first post must not count as already approved.
    const held = await mustHold(tx, actor, settings)
    // The question's row lock orders answers on one thread, so its answer count moves by exact steps.
    const { rows } = await tx.execute<{ slug: string; status: string; closedAt: Date | null }>(sql`
      select slug, status, closed_at as "closedAt" from questions where id = ${input.questionId} for no key update`)
    const q = rows[0]
    if (!q) return fail('not_found', questionGone, 'questionId')
    const refused = whyNoAnswers(q)
    if (refused) return refused
    const author = authorValues(actor, input)
    const { rows: inserted } = await tx.execute<{ id: number }>(sql`
      insert into answers (question_id, body, author_id, anon_name, anon_email, author_ip)
      values (${input.questionId}, ${input.body}, ${author.authorId}, ${author.anonName}, ${author.anonEmail}, ${author.authorIp}) returning id`)
    const id = inserted[0]!.id
    await tx.execute(
      sql`update questions set answer_count = answer_count + 1, last_activity_at = now() where id = ${input.questionId}`,
    )
    await tx.execute(sql`
      insert into revisions (post_id, post_type, revision, body, editor_id, editor_name)
      values (${id}, 'answer', 1, ${input.body}, ${author.authorId}, ${author.anonName})`)
    await refreshPoints(tx, [author.authorId], settings.points)
    await followOwnThread(tx, author.authorId, input.questionId)
    if (held) await holdNewPost(tx, id, settings)
    else
      await notifyNewPost(tx, {
        id,
        type: 'answer',
        questionId: input.questionId,
        parentId: null,
        authorId: author.authorId,
        body: input.body,
      })
    return ok({
      id,
      questionId: input.questionId,
      slug: q.slug,
      held,
      refresh: await threadRefreshTags(tx, input.questionId, [author.authorId]),
    })
  })
}
