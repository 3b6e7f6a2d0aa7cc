import 'server-only'
import { sql } from 'drizzle-orm'
import { getDb } from '@/db/client'
import { intArray, refreshPoints } from '@/db/counters'
import type { Actor } from '@/lib/auth/actor'
import { canDelete, canEdit, canModerate } from '@/lib/auth/policy'
import { categoryLineage, countedIn, countQuestionIn, lockCounted, resolveTags } from '@/lib/questions/mutations'
import { fail, ok, type Result } from '@/lib/result'
import type { SiteSettings } from '@/lib/settings/defaults'
import { getSettings } from '@/lib/settings/queries'
import { slugify } from '@/lib/slug'
import { isReadable, locatePost, postTable, type PostRow, type Tx } from './locate'
import { threadRefreshTags } from './refresh'
import type { EditPostInput, RollbackInput } from './schemas'
import { showsAtLeast } from '@/lib/text/markdown-field'

type Refresh = { refresh: string[] }
type Content = { title?: string; body: string; categoryId?: number; tags?: string[]; comment?: string }

const denied = (actor: Actor, message: string) =>
  fail(actor.kind === 'anonymous' ? 'unauthenticated' : 'forbidden', message)

/** The post as it stands, in revision shape. */
async function currentContent(tx: Tx, post: PostRow) {
  const { rows } = await tx.execute<{
    title: string | null
    body: string
    categoryId: number | null
    tags: string[]
    createdAt: Date
    authorId: number | null
    anonName: string | null
  }>(sql`
    select ${post.type === 'question' ? sql`title` : sql`null::text`} as title, body,
      ${post.type === 'question' ? sql`category_id` : sql`null::int`} as "categoryId",
      ${post.type === 'question' ? sql`coalesce((select array_agg(t.name order by t.name) from question_tags qt join tags t on t.id = qt.tag_id where qt.question_id = p.id), '{}')` : sql`'{}'::text[]`} as tags,
      created_at as "createdAt", author_id as "authorId", anon_name as "anonName"
    from ${postTable(post.type)} p where id = ${post.id}`)
  return rows[0]!
}

/**
 * Writes a new version of a post and its revision row. Posts from before revisions were kept
 * (imports, the scale seeder) get their original stored as revision 1 first, so history is whole.
 */
async function applyEdit(
  tx: Tx,
  actor: Actor & { kind: 'member' },
  post: PostRow,
  next: Content,
  settings: SiteSettings,
): Promise<Result<Refresh>> {
  const before = await currentContent(tx, post)
  const { rows: last } = await tx.execute<{ n: number }>(
    sql`select coalesce(max(revision), 0)::int as n from revisions where post_id = ${post.id}`,
  )
  let revision = last[0]!.n
  if (revision === 0) {
    revision = 1
    await tx.execute(sql`
      insert into revisions (post_id, post_type, revision, title, body, tags, category_id, editor_id, editor_name, created_at)
      values (${post.id}, ${post.type}, 1, ${before.title}, ${before.body}, ${post.type === 'question' ? sql`${`{${before.tags.join(',')}}`}::text[]` : sql`null`},
        ${before.categoryId}, ${before.authorId}, ${before.anonName}, ${before.createdAt})`)
  }
  const oldTags = await threadRefreshTags(tx, post.questionId)

  if (post.type === 'question') {
    const title = next.title ?? before.title!
    const categoryId = next.categoryId ?? before.categoryId
    const lineage = categoryId === null ? [] : await categoryLineage(tx, categoryId)
    if (!lineage) return fail('invalid', 'Choose one of the categories.', 'categoryId')
    const tagIds = next.tags ? await resolveTags(tx, actor, next.tags, settings) : null
    if (tagIds && !tagIds.ok) return tagIds
    const counted = await countedIn(tx, post.id)
    await lockCounted(tx, 'categories', [...counted.categories, ...lineage])
    await lockCounted(tx, 'tags', [...counted.tags, ...(tagIds?.data ?? [])])
    // Out of the old category chain and tags, then into the new ones.
    await countQuestionIn(tx, post.id, -1)
    if (tagIds) {
      await tx.execute(sql`delete from question_tags where question_id = ${post.id}`)
      if (tagIds.data.length)
        await tx.execute(
          sql`insert into question_tags (question_id, tag_id) select ${post.id}, unnest(${intArray(tagIds.data)})`,
        )
    }
    await tx.execute(sql`
      update questions set title = ${title}, slug = ${slugify(title)}, body = ${next.body}, category_id = ${categoryId},
        category1_id = ${lineage[0] ?? null}, category2_id = ${lineage[1] ?? null}, category3_id = ${lineage[2] ?? null}, category4_id = ${lineage[3] ?? null},
        edited_at = now(), edited_by_id = ${actor.id}, last_activity_at = now()
      where id = ${post.id}`)
    await countQuestionIn(tx, post.id, 1)
  } else {
    await tx.execute(
      sql`update ${postTable(post.type)} set body = ${next.body}, edited_at = now(), edited_by_id = ${actor.id} where id = ${post.id}`,
    )
    if (post.type === 'answer')
      await tx.execute(sql`update questions set last_activity_at = now() where id = ${post.questionId}`)
  }
  const after = await currentContent(tx, post)
  await tx.execute(sql`
    insert into revisions (post_id, post_type, revision, title, body, tags, category_id, editor_id, comment)
    values (${post.id}, ${post.type}, ${revision + 1}, ${after.title}, ${after.body}, ${post.type === 'question' ? sql`${`{${after.tags.join(',')}}`}::text[]` : sql`null`},
      ${after.categoryId}, ${actor.id}, ${next.comment ?? null})`)
  return ok({
    refresh: [
      ...new Set([...oldTags, ...(await threadRefreshTags(tx, post.questionId, [actor.id], post.type === 'question'))]),
    ],
  })
}

/** Edits a question (title, body, category, tags), an answer or a comment: its author, or editors and above. */
export async function editPost(actor: Actor, input: EditPostInput): Promise<Result<Refresh>> {
  const settings = await getSettings()
  return getDb().transaction(async (tx) => {
    const post = await locatePost(tx, input.postId, true)
    if (!post || !isReadable(post)) return fail('not_found', 'That post is not available any more.')
    if (actor.kind !== 'member' || !canEdit(actor, post))
      return denied(actor, 'Only the author or an editor can edit this.')
    if (post.type === 'question' && input.body.length === 0 && !input.title)
      return fail('invalid', 'Nothing to save.', 'body')
    if (post.type !== 'question' && !showsAtLeast(input.body, post.type === 'answer' ? 10 : 2))
      return fail('invalid', 'The text is empty — write at least a sentence.', 'body')
    if (post.type === 'comment' && input.body.length > 1_000)
      return fail('invalid', 'Comments are short: up to 1,000 characters.', 'body')
    return applyEdit(tx, actor, post, input, settings)
  })
}

/** Restores an earlier version of a post as a new revision: moderators only. */
export async function rollbackPost(actor: Actor, input: RollbackInput): Promise<Result<Refresh>> {
  const settings = await getSettings()
  if (actor.kind !== 'member' || !canModerate(actor)) return denied(actor, 'Only moderators can roll back a post.')
  return getDb().transaction(async (tx) => {
    const post = await locatePost(tx, input.postId, true)
    if (!post || !isReadable(post)) return fail('not_found', 'That post is not available any more.')
    const { rows } = await tx.execute<{
      title: string | null
      body: string
      tags: string[] | null
      categoryId: number | null
    }>(sql`
      select title, body, tags, category_id as "categoryId" from revisions where post_id = ${post.id} and revision = ${input.revision}`)
    const old = rows[0]
    if (!old) return fail('not_found', 'There is no such revision.', 'revision')
    return applyEdit(
      tx,
      actor,
      post,
      {
        title: old.title ?? undefined,
        body: old.body,
        categoryId: old.categoryId ?? undefined,
        tags: old.tags ?? undefined,
        comment: `Rolled back to revision ${input.revision}`,
      },
      settings,
    )
  })
}

/** Moves a post into or out of what readers see, keeping every count and the points involved exact. */
async function setVisible(
  tx: Tx,
  post: PostRow,
  visible: boolean,
  settings: SiteSettings,
  removedAs: 'deleted' | 'hidden' | 'pending' = 'deleted',
): Promise<(number | null)[]> {
  const delta = visible ? 1 : -1
  const people: (number | null)[] = [post.authorId]
  if (post.type === 'question') {
    await countQuestionIn(tx, post.id, delta)
    const { rows } = await tx.execute<{ authorId: number | null }>(
      sql`select a.author_id as "authorId" from questions q join answers a on a.id = q.accepted_answer_id where q.id = ${post.id}`,
    )
    people.push(rows[0]?.authorId ?? null)
  } else if (post.type === 'answer') {
    const { rows } = await tx.execute<{ askerId: number | null; isAccepted: boolean }>(sql`
      update questions set answer_count = answer_count + ${delta} where id = ${post.questionId}
      returning author_id as "askerId", accepted_answer_id = ${post.id} as "isAccepted"`)
    if (rows[0]?.isAccepted) people.push(rows[0].askerId)
  } else {
    const parentTable = post.answerId ? sql`answers` : sql`questions`
    await tx.execute(
      sql`update ${parentTable} set comment_count = comment_count + ${delta} where id = ${post.answerId ?? post.questionId}`,
    )
  }
  await tx.execute(sql`
    update ${postTable(post.type)} set status = ${visible ? 'visible' : removedAs}, deleted_at = ${visible ? null : sql`now()`} where id = ${post.id}`)
  await refreshPoints(tx, people, settings.points)
  return people
}

/**
 * Moves a post to any status (moderation), adjusting counts and points only when it crosses the
 * line between visible and not. Returns the people whose points may have changed.
 */
export async function changeStatus(
  tx: Tx,
  post: PostRow,
  to: 'visible' | 'hidden' | 'deleted' | 'pending',
  settings: SiteSettings,
): Promise<(number | null)[]> {
  if (post.status === to) return []
  if ((post.status === 'visible') !== (to === 'visible'))
    return setVisible(tx, post, to === 'visible', settings, to === 'visible' ? 'deleted' : to)
  await tx.execute(
    sql`update ${postTable(post.type)} set status = ${to}, deleted_at = coalesce(deleted_at, now()) where id = ${post.id}`,
  )
  return [post.authorId]
}

/** Soft-deletes a post: gone for readers, restorable by moderators. The author or a moderator. */
export async function deletePost(actor: Actor, postId: number): Promise<Result<Refresh>> {
  const settings = await getSettings()
  return getDb().transaction(async (tx) => {
    const post = await locatePost(tx, postId, true)
    if (!post || post.status !== 'visible') return fail('not_found', 'That post is not available any more.')
    if (!canDelete(actor, post)) return denied(actor, 'Only the author or a moderator can delete this.')
    const people = await setVisible(tx, post, false, settings)
    return ok({ refresh: await threadRefreshTags(tx, post.questionId, people, post.type === 'question') })
  })
}

/** Brings a deleted or hidden post back: moderators only. */
export async function restorePost(actor: Actor, postId: number): Promise<Result<Refresh>> {
  const settings = await getSettings()
  if (!canModerate(actor)) return denied(actor, 'Only moderators can restore posts.')
  return getDb().transaction(async (tx) => {
    const post = await locatePost(tx, postId, true)
    if (!post || (post.status !== 'deleted' && post.status !== 'hidden'))
      return fail('not_found', 'That post is not deleted.')
    const people = await setVisible(tx, post, true, settings)
    return ok({ refresh: await threadRefreshTags(tx, post.questionId, people, post.type === 'question') })
  })
}
