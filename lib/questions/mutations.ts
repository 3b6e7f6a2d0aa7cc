import 'server-only'
import { sql } from 'drizzle-orm'
import { getDb } from '@/db/client'
import { intArray, refreshPoints } from '@/db/counters'
import type { Actor } from '@/lib/auth/actor'
import { canAccept, canClose, canCreateTag } from '@/lib/auth/policy'
import { threadRefreshTags } from '@/lib/posts/refresh'
import type { Tx } from '@/lib/posts/locate'
import type { AcceptAnswerInput, AskQuestionInput, CloseQuestionInput } from '@/lib/posts/schemas'
import { mayPost } from '@/lib/posts/may-post'
import { fail, ok, type Result } from '@/lib/result'
import type { SiteSettings } from '@/lib/settings/defaults'
import { getSettings } from '@/lib/settings/queries'
import { slugify } from '@/lib/slug'
import { parseTagList } from '@/lib/tags/normalize'
import { visibleText } from '@/lib/text/characters'
import { authorValues } from '@/lib/posts/author-values'
import { followOwnThread, notifyAccepted, notifyNewPost } from '@/lib/notify/fanout'
import { holdNewPost, mustHold } from '@/lib/moderation/hold'

/** `held`: waiting in the moderation queue, unseen by readers until approved. */
type Written = { id: number; slug: string; held: boolean; refresh: string[] }

/**
 * The category's ids from the root down, or null if it does not exist. Waits first for an admin's
 * move or merge of the tree (which holds the table exclusively) to commit, so the chain read is the
 * current one.
 */
export async function categoryLineage(tx: Pick<Tx, 'execute'>, categoryId: number): Promise<number[] | null> {
  await tx.execute(sql`lock table categories in row share mode`)
  const { rows } = await tx.execute<{ id: number }>(sql`
    with recursive chain as (
      select id, parent_id, depth from categories where id = ${categoryId}
      union all select c.id, c.parent_id, c.depth from categories c join chain on c.id = chain.parent_id
    ) select id from chain order by depth`)
  return rows.length ? rows.map((r) => r.id) : null
}

/**
 * Locks the category or tag rows whose counts this transaction will change, all at once and in id
 * order, before any row that points at them is written. Taken later, one by one, they deadlock:
 * the foreign-key check of a concurrent insert holds a share lock on the same row and waits for
 * this transaction while this one waits for it.
 */
export async function lockCounted(tx: Pick<Tx, 'execute'>, table: 'categories' | 'tags', ids: number[]): Promise<void> {
  if (ids.length)
    await tx.execute(
      sql`select id from ${sql.raw(table)} where id = any(${intArray([...new Set(ids)])}) order by id for no key update`,
    )
}

/** The categories and tags a question is counted in now. */
export async function countedIn(
  tx: Pick<Tx, 'execute'>,
  questionId: number,
): Promise<{ categories: number[]; tags: number[] }> {
  const { rows } = await tx.execute<{ categories: number[]; tags: number[] }>(sql`
    select array_remove(array[category1_id, category2_id, category3_id, category4_id], null) as categories,
      coalesce((select array_agg(tag_id) from question_tags where question_id = q.id), '{}') as tags
    from questions q where id = ${questionId}`)
  return rows[0] ?? { categories: [], tags: [] }
}

/**
 * The tags as typed, normalised, with those that exist and those that would be new; a failure when
 * one cannot be a tag or the actor may not create it. Reads only, so it can run before anything
 * counts against the poster.
 */
async function checkTags(
  db: Pick<Tx, 'execute'>,
  actor: Actor,
  names: string[],
  settings: SiteSettings,
): Promise<Result<{ tags: string[]; existing: { id: number; name: string }[]; missing: string[] }>> {
  const { tags, rejected } = parseTagList(names)
  if (rejected.length)
    return fail('invalid', `“${visibleText(rejected[0]!)}” is not a tag: use 2–30 letters, digits or hyphens.`, 'tags')
  if (tags.length > 5) return fail('invalid', 'Use at most 5 tags.', 'tags')
  if (tags.length === 0) return ok({ tags, existing: [], missing: [] })
  const { rows: existing } = await db.execute<{ id: number; name: string }>(
    sql`select id, name from tags where name = any(${`{${tags.join(',')}}`}::text[])`,
  )
  const missing = tags.filter((t) => !existing.some((e) => e.name === t))
  if (missing.length && !canCreateTag(actor, settings))
    return fail(
      'invalid',
      `There is no tag “${missing[0]}” yet, and creating tags needs ${settings.privileges.createTag} points. Pick an existing tag.`,
      'tags',
    )
  return ok({ tags, existing, missing })
}

/**
 * Resolves tag names to ids, creating the missing ones when the actor may. Errors name the
 * `tags` field.
 */
export async function resolveTags(
  tx: Tx,
  actor: Actor,
  names: string[],
  settings: SiteSettings,
): Promise<Result<number[]>> {
  const checked = await checkTags(tx, actor, names, settings)
  if (!checked.ok) return checked
  const { tags, existing, missing } = checked.data
  if (tags.length === 0) return ok([])
  if (missing.length) {
    // `do nothing` takes no lock on a tag someone else just created: the caller locks tags in id order.
    await tx.execute(
      sql`insert into tags (name) select unnest(${`{${missing.sort().join(',')}}`}::text[]) on conflict (name) do nothing`,
    )
    const { rows } = await tx.execute<{ id: number; name: string }>(
      sql`select id, name from tags where name = any(${`{${missing.join(',')}}`}::text[])`,
    )
    existing.push(...rows)
  }
  return ok(tags.map((t) => existing.find((e) => e.name === t)!.id))
}

/**
 * Adds (+1) or removes (-1) a visible question from its categories' and tags' counts. Rows are
 * locked in id order first (see `lockCounted`), so writers touching the same categories never deadlock.
 */
export async function countQuestionIn(tx: Tx, questionId: number, delta: 1 | -1): Promise<void> {
  await tx.execute(sql`
    with target as (
      select id from categories
      where id in (select unnest(array[category1_id, category2_id, category3_id, category4_id]) from questions where id = ${questionId})
      order by id for no key update
    )
    update categories c set question_count = c.question_count + ${delta} from target where c.id = target.id`)
  await tx.execute(sql`
    with target as (select id from tags where id in (select tag_id from question_tags where question_id = ${questionId}) order by id for no key update)
    update tags t set question_count = t.question_count + ${delta} from target where t.id = target.id`)
}

/** Asks a question as a member or (where the site allows) anonymously. Refreshes its lists, category, tags and asker. */
export async function askQuestion(actor: Actor, input: AskQuestionInput): Promise<Result<Written>> {
  const settings = await getSettings()
  // What the poster can correct is judged before anything counts against their limits.
  const { rows: category } = await getDb().execute(sql`select 1 from categories where id = ${input.categoryId}`)
  if (!category.length) return fail('invalid', 'Choose one of the categories.', 'categoryId')
  const tagsChecked = await checkTags(getDb(), actor, input.tags, settings)
  if (!tagsChecked.ok) return tagsChecked
  const allowed = await mayPost(actor, settings, 'ask', `${input.title}\n${input.body}`)
  if (!allowed.ok) return allowed
  return getDb().transaction(async (tx) => {
    const lineage = await categoryLineage(tx, input.categoryId)
    if (!lineage) return fail('invalid', 'Choose one of the categories.', 'categoryId')
    await lockCounted(tx, 'categories', lineage)
    // Judged before the post exists: a member's first post must not count as already approved.
    const held = await mustHold(tx, actor, settings)
    const tagIds = await resolveTags(tx, actor, input.tags, settings)
    if (!tagIds.ok) return tagIds
    await lockCounted(tx, 'tags', tagIds.data)
    const slug = slugify(input.title)
    const author = authorValues(actor, input)
    const { rows } = await tx.execute<{ id: number }>(sql`
      insert into questions (title, slug, body, category_id, category1_id, category2_id, category3_id, category4_id, author_id, anon_name, anon_email, author_ip)
      values (${input.title}, ${slug}, ${input.body}, ${lineage.at(-1)!}, ${lineage[0] ?? null}, ${lineage[1] ?? null}, ${lineage[2] ?? null}, ${lineage[3] ?? null},
        ${author.authorId}, ${author.anonName}, ${author.anonEmail}, ${author.authorIp})
      returning id`)
    const id = rows[0]!.id
    if (tagIds.data.length)
      await tx.execute(
        sql`insert into question_tags (question_id, tag_id) select ${id}, unnest(${intArray(tagIds.data)})`,
      )
    await countQuestionIn(tx, id, 1)
    await tx.execute(sql`
      insert into revisions (post_id, post_type, revision, title, body, tags, category_id, editor_id, editor_name)
      select ${id}, 'question', 1, title, body,
        coalesce((select array_agg(t.name order by t.name) from question_tags qt join tags t on t.id = qt.tag_id where qt.question_id = ${id}), '{}'),
        category_id, author_id, anon_name
      from questions where id = ${id}`)
    await refreshPoints(tx, [author.authorId], settings.points)
    await followOwnThread(tx, author.authorId, id)
    if (held) await holdNewPost(tx, id, settings)
    else
      await notifyNewPost(tx, {
        id,
        type: 'question',
        questionId: id,
        parentId: null,
        authorId: author.authorId,
        body: input.body,
      })
    return ok({ id, slug, held, refresh: await threadRefreshTags(tx, id) })
  })
}

/** Marks an answer as the best one (or clears it with answerId null): the asker or a moderator. */
export async function acceptAnswer(actor: Actor, input: AcceptAnswerInput): Promise<Result<{ refresh: string[] }>> {
  const settings = await getSettings()
  return getDb().transaction(async (tx) => {
    const { rows } = await tx.execute<{ authorId: number | null; acceptedId: number | null; status: string }>(sql`
      select author_id as "authorId", accepted_answer_id as "acceptedId", status from questions where id = ${input.questionId} for no key update`)
    const q = rows[0]
    if (!q || q.status !== 'visible') return fail('not_found', 'That question is not available any more.')
    if (!canAccept(actor, q))
      return fail(
        actor.kind === 'anonymous' ? 'unauthenticated' : 'forbidden',
        'Only the person who asked (or a moderator) can choose the best answer.',
      )
    let newAuthorId: number | null = null
    if (input.answerId !== null) {
      const { rows: answer } = await tx.execute<{ authorId: number | null }>(sql`
        select author_id as "authorId" from answers where id = ${input.answerId} and question_id = ${input.questionId} and status = 'visible'`)
      if (!answer[0]) return fail('not_found', 'That answer is not available any more.', 'answerId')
      newAuthorId = answer[0].authorId
    }
    const { rows: previous } = await tx.execute<{ authorId: number | null }>(
      sql`select author_id as "authorId" from answers where id = ${q.acceptedId ?? 0}`,
    )
    await tx.execute(
      sql`update questions set accepted_answer_id = ${input.answerId}, last_activity_at = now() where id = ${input.questionId}`,
    )
    const people = [q.authorId, previous[0]?.authorId ?? null, newAuthorId]
    await refreshPoints(tx, people, settings.points)
    if (input.answerId !== null && input.answerId !== q.acceptedId)
      await notifyAccepted(tx, input.answerId, input.questionId, actor.kind === 'member' ? actor.id : null)
    return ok({ refresh: await threadRefreshTags(tx, input.questionId, people) })
  })
}

/** Closes a question, with a reason or as a duplicate of another visible question. */
export async function closeQuestion(actor: Actor, input: CloseQuestionInput): Promise<Result<{ refresh: string[] }>> {
  const settings = await getSettings()
  if (!canClose(actor, settings) || actor.kind !== 'member')
    return fail(
      actor.kind === 'anonymous' ? 'unauthenticated' : 'forbidden',
      `Closing questions is for moderators and members with ${settings.privileges.closeQuestion} points.`,
    )
  return getDb().transaction(async (tx) => {
    const { rows } = await tx.execute<{ status: string }>(
      sql`select status from questions where id = ${input.questionId} for no key update`,
    )
    if (rows[0]?.status !== 'visible') return fail('not_found', 'That question is not available any more.')
    if (input.duplicateOfId !== undefined) {
      if (input.duplicateOfId === input.questionId)
        return fail('invalid', 'A question cannot duplicate itself.', 'duplicateOfId')
      const { rows: target } = await tx.execute(
        sql`select 1 from questions where id = ${input.duplicateOfId} and status = 'visible'`,
      )
      if (!target.length) return fail('invalid', 'There is no visible question with that number.', 'duplicateOfId')
    }
    await tx.execute(sql`
      update questions set closed_at = now(), closed_by_id = ${actor.id}, closed_reason = ${input.reason ?? null}, duplicate_of_id = ${input.duplicateOfId ?? null}
      where id = ${input.questionId}`)
    return ok({ refresh: await threadRefreshTags(tx, input.questionId) })
  })
}

export async function reopenQuestion(actor: Actor, questionId: number): Promise<Result<{ refresh: string[] }>> {
  const settings = await getSettings()
  if (!canClose(actor, settings))
    return fail(
      actor.kind === 'anonymous' ? 'unauthenticated' : 'forbidden',
      'Reopening questions is for moderators and experienced members.',
    )
  return getDb().transaction(async (tx) => {
    const { rows } = await tx.execute(sql`
      update questions set closed_at = null, closed_by_id = null, closed_reason = null, duplicate_of_id = null
      where id = ${questionId} and status = 'visible' and closed_at is not null returning id`)
    if (!rows.length) return fail('not_found', 'That question is not closed.')
    return ok({ refresh: await threadRefreshTags(tx, questionId) })
  })
}
