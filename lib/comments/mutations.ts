import 'server-only'
import { sql } from 'drizzle-orm'
import { getDb } from '@/db/client'
import type { Actor } from '@/lib/auth/actor'
import { authorValues } from '@/lib/posts/author-values'
import { isReadable, locatePost, postTable } from '@/lib/posts/locate'
import { threadRefreshTags } from '@/lib/posts/refresh'
import type { PostCommentInput } from '@/lib/posts/schemas'
import { mayPost } from '@/lib/posts/may-post'
import { fail, ok, type Result } from '@/lib/result'
import { getSettings } from '@/lib/settings/queries'
import { followOwnThread, notifyNewPost } from '@/lib/notify/fanout'
import { holdNewPost, mustHold } from '@/lib/moderation/hold'

/** Comments on a visible question or answer. Refreshes the thread. */
export async function postComment(
  actor: Actor,
  input: PostCommentInput,
): Promise<Result<{ id: number; questionId: number; slug: string; held: boolean; refresh: string[] }>> {
  const settings = await getSettings()
  // A parent that takes no comments is said before anything counts against the poster's limits.
  const target = await locatePost(getDb(), input.parentId, false)
  if (!target || !isReadable(target) || target.type === 'comment')
    return fail('not_found', 'That post is not available any more.', 'parentId')
  const allowed = await mayPost(actor, settings, 'comment', input.body)
  if (!allowed.ok) return allowed
  return getDb().transaction(async (tx) => {
    const parent = await locatePost(tx, input.parentId, true)
    // Judged before the post exists: a member's first post must not count as already approved.
    const held = await mustHold(tx, actor, settings)
    if (!parent || !isReadable(parent) || parent.type === 'comment')
      return fail('not_found', 'That post is not available any more.', 'parentId')
    const author = authorValues(actor, input)
    const answerId = parent.type === 'answer' ? parent.id : null
    const { rows } = await tx.execute<{ id: number }>(sql`
      insert into comments (question_id, answer_id, body, author_id, anon_name, anon_email, author_ip)
      values (${parent.questionId}, ${answerId}, ${input.body}, ${author.authorId}, ${author.anonName}, ${author.anonEmail}, ${author.authorIp}) returning id`)
    const id = rows[0]!.id
    await tx.execute(
      sql`update ${postTable(parent.type)} set comment_count = comment_count + 1 where id = ${parent.id}`,
    )
    await tx.execute(sql`
      insert into revisions (post_id, post_type, revision, body, editor_id, editor_name)
      values (${id}, 'comment', 1, ${input.body}, ${author.authorId}, ${author.anonName})`)
    await followOwnThread(tx, author.authorId, parent.questionId)
    if (held) await holdNewPost(tx, id, settings)
    else
      await notifyNewPost(tx, {
        id,
        type: 'comment',
        questionId: parent.questionId,
        parentId: parent.id,
        authorId: author.authorId,
        body: input.body,
      })
    const { rows: thread } = await tx.execute<{ slug: string }>(
      sql`select slug from questions where id = ${parent.questionId}`,
    )
    return ok({
      id,
      questionId: parent.questionId,
      slug: thread[0]!.slug,
      held,
      refresh: await threadRefreshTags(tx, parent.questionId, [author.authorId]),
    })
  })
}
