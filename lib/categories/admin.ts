import 'server-only'
import { sql } from 'drizzle-orm'
import { getDb } from '@/db/client'
import { intArray } from '@/db/counters'
import { atLeast, type Actor } from '@/lib/auth/actor'
import { cacheTags } from '@/lib/cache-tags'
import { recordAudit } from '@/lib/moderation/audit'
import type { Tx } from '@/lib/posts/locate'
import { fail, ok, type Result } from '@/lib/result'
import {
  MAX_CATEGORY_DEPTH,
  type CreateCategoryInput,
  type MergeCategoryInput,
  type MoveCategoryInput,
  type ReorderCategoryInput,
  type UpdateCategoryInput,
} from './admin-schemas'

const ADDRESS_TAKEN = 'A category with this address already exists here.'

type Row = {
  id: number
  parentId: number | null
  slug: string
  path: string
  depth: number
  name: string
  description: string
  position: number
}
/** The tags to refresh, and the category the admin page should show the outcome next to. */
export type CategoryChange = { refresh: string[]; id: number }

/**
 * Every thread shows its category chain and is tagged with the settings tag, so a change to the
 * tree refreshes that tag (every page), as a settings change does; admins do both rarely.
 */
const refreshFor = (ids: number[]) => [
  cacheTags.siteSettings,
  cacheTags.categoryList,
  cacheTags.questionLists,
  cacheTags.sitemap,
  ...[...new Set(ids)].map(cacheTags.category),
]
const unchanged = (id: number): Result<CategoryChange> => ok({ id, refresh: [] })

/**
 * Runs one admin change in one transaction. Admins take turns on one advisory lock, so the tree
 * a change reads (paths, depths, parents) stays as read until it commits.
 */
async function asAdmin<T>(actor: Actor, change: (tx: Tx, adminId: number) => Promise<Result<T>>): Promise<Result<T>> {
  if (actor.kind !== 'member' || !atLeast(actor, 'admin'))
    return fail(actor.kind === 'anonymous' ? 'unauthenticated' : 'forbidden', 'Only admins can change the categories.')
  const adminId = actor.id
  return getDb().transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('askwell:category-tree'))`)
    return change(tx, adminId)
  })
}

/**
 * Holds off question writers while a change rewrites paths, chains and counts. First the rows of
 * the questions it will rechain (writers lock a question before its categories, so the same order
 * here cannot deadlock); then the categories table in a mode plain reads pass but that waits for,
 * and then blocks, the foreign-key checks and count updates of questions being posted, so the
 * counts recomputed below include every committed question and nobody adds to them meanwhile.
 */
async function holdWriters(tx: Tx, rechained: number[]): Promise<void> {
  if (rechained.length)
    await tx.execute(
      sql`select id from questions where category_id = any(${intArray(rechained)}) order by id for no key update`,
    )
  await tx.execute(sql`lock table categories in exclusive mode`)
}

async function load(tx: Tx, id: number): Promise<Row | null> {
  const { rows } = await tx.execute<Row>(sql`
    select id, parent_id as "parentId", slug, path, depth, name, description, position from categories where id = ${id}`)
  return rows[0] ?? null
}

/** A category and everything below it, by address (starts_with: slugs may hold LIKE wildcards in old data). */
const inSubtree = (path: string) => sql`(path = ${path} or starts_with(path, ${`${path}/`}))`

async function subtree(tx: Tx, c: Row): Promise<{ ids: number[]; height: number }> {
  const { rows } = await tx.execute<{ id: number; depth: number }>(
    sql`select id, depth from categories where ${inSubtree(c.path)}`,
  )
  return { ids: rows.map((r) => r.id), height: Math.max(...rows.map((r) => r.depth)) - c.depth }
}

async function ancestorIds(tx: Tx, path: string): Promise<number[]> {
  const { rows } = await tx.execute<{ id: number }>(
    sql`select id from categories where starts_with(${path}, path || '/')`,
  )
  return rows.map((r) => r.id)
}

const pathTaken = async (tx: Tx, path: string) =>
  (await tx.execute(sql`select 1 from categories where path = ${path}`)).rows.length > 0
const isWithin = (path: string, ancestor: string) => path === ancestor || path.startsWith(`${ancestor}/`)
const parentPath = (c: Row) => c.path.slice(0, c.path.length - c.slug.length)

/** Keeps the current addresses of a subtree as redirects to its categories, before they change. */
async function rememberAddresses(tx: Tx, path: string): Promise<void> {
  await tx.execute(sql`
    insert into category_redirects (path, category_id) select path, id from categories where ${inSubtree(path)}
    on conflict (path) do update set category_id = excluded.category_id, created_at = now()`)
}

/** Moves a subtree's addresses from `from` to `to` and its depths by `depthDelta` (char_length: paths may hold any letter). */
async function rewritePaths(tx: Tx, from: string, to: string, depthDelta: number): Promise<void> {
  await tx.execute(sql`
    update categories set path = ${to} || substr(path, char_length(${from}) + 1), depth = depth + ${depthDelta}
    where ${inSubtree(from)}`)
}

const nextPosition = async (tx: Tx, parentId: number | null) =>
  (
    await tx.execute<{ next: number }>(
      sql`select coalesce(max(position), 0) + 1 as next from categories where parent_id is not distinct from ${parentId}`,
    )
  ).rows[0]!.next

/** Sets category1..4 (root first) of every question in these categories from the tree as it now stands, walking parent_id. */
async function rechainQuestions(tx: Tx, categoryIds: number[]): Promise<void> {
  if (!categoryIds.length) return
  await tx.execute(sql`
    with recursive up as (
      select id as category_id, id, parent_id, depth from categories where id = any(${intArray(categoryIds)})
      union all
      select up.category_id, c.id, c.parent_id, c.depth from categories c join up on c.id = up.parent_id
    ), chain as (select category_id, array_agg(id order by depth) as ids from up group by category_id)
    update questions q set category1_id = chain.ids[1], category2_id = chain.ids[2], category3_id = chain.ids[3], category4_id = chain.ids[4]
    from chain
    where q.category_id = chain.category_id
      and (q.category1_id, q.category2_id, q.category3_id, q.category4_id) is distinct from (chain.ids[1], chain.ids[2], chain.ids[3], chain.ids[4])`)
}

/** Sets these categories' question_count from the rows, by the same rule as db/counters.ts (visible questions anywhere below). */
async function recountCategories(tx: Tx, ids: number[]): Promise<void> {
  if (!ids.length) return
  await tx.execute(sql`
    update categories c set question_count = n.count
    from (
      select c.id, (select count(*) from questions q where q.status = 'visible' and c.id in (q.category1_id, q.category2_id, q.category3_id, q.category4_id))::int as count
      from categories c where c.id = any(${intArray(ids)})
    ) n
    where n.id = c.id and c.question_count is distinct from n.count`)
}

const snapshotOf = (c: Row) => ({
  name: c.name,
  slug: c.slug,
  path: c.path,
  description: c.description,
  parentId: c.parentId,
  position: c.position,
})

/** Adds a category at the top level or inside another, last among its siblings. */
export async function createCategory(actor: Actor, input: CreateCategoryInput): Promise<Result<CategoryChange>> {
  return asAdmin(actor, async (tx, adminId) => {
    const parent = input.parentId === null ? null : await load(tx, input.parentId)
    if (input.parentId !== null && !parent)
      return fail('not_found', 'That category no longer exists: choose another.', 'parentId')
    if (parent && parent.depth >= MAX_CATEGORY_DEPTH)
      return fail(
        'invalid',
        `“${parent.name}” is already ${MAX_CATEGORY_DEPTH} levels deep, the most there can be: choose a parent higher up.`,
        'parentId',
      )
    const path = parent ? `${parent.path}/${input.slug}` : input.slug
    if (await pathTaken(tx, path)) return fail('conflict', ADDRESS_TAKEN, 'slug')
    const position = await nextPosition(tx, parent?.id ?? null)
    const { rows } = await tx.execute<Row>(sql`
      insert into categories (parent_id, slug, path, depth, name, description, position)
      values (${parent?.id ?? null}, ${input.slug}, ${path}, ${(parent?.depth ?? 0) + 1}, ${input.name}, ${input.description}, ${position})
      returning id, parent_id as "parentId", slug, path, depth, name, description, position`)
    const made = rows[0]!
    await recordAudit(tx, {
      actorId: adminId,
      action: 'category_create',
      targetType: 'category',
      targetId: made.id,
      after: snapshotOf(made),
    })
    return ok({ id: made.id, refresh: refreshFor([made.id, ...(parent ? [parent.id] : [])]) })
  })
}

/** Renames a category or changes its description or address; a new address moves every address below it too. */
export async function updateCategory(actor: Actor, input: UpdateCategoryInput): Promise<Result<CategoryChange>> {
  return asAdmin(actor, async (tx, adminId) => {
    const c = await load(tx, input.id)
    if (!c) return fail('not_found', 'That category no longer exists.')
    if (c.name === input.name && c.slug === input.slug && c.description === input.description) return unchanged(c.id)
    const path = parentPath(c) + input.slug
    if (path !== c.path && (await pathTaken(tx, path))) return fail('conflict', ADDRESS_TAKEN, 'slug')
    const below = await subtree(tx, c)
    if (path !== c.path) {
      await holdWriters(tx, [])
      await rememberAddresses(tx, c.path)
      await rewritePaths(tx, c.path, path, 0)
    }
    await tx.execute(
      sql`update categories set name = ${input.name}, slug = ${input.slug}, description = ${input.description} where id = ${c.id}`,
    )
    await recordAudit(tx, {
      actorId: adminId,
      action: 'category_update',
      targetType: 'category',
      targetId: c.id,
      before: snapshotOf(c),
      after: snapshotOf((await load(tx, c.id))!),
    })
    return ok({ id: c.id, refresh: refreshFor([...below.ids, ...(c.parentId ? [c.parentId] : [])]) })
  })
}

/**
 * Moves a category, with everything below it, under another parent or to the top level: paths,
 * depths, the questions' category chains and the counts of its old and new ancestors follow.
 */
export async function moveCategory(actor: Actor, input: MoveCategoryInput): Promise<Result<CategoryChange>> {
  return asAdmin(actor, async (tx, adminId) => {
    const c = await load(tx, input.id)
    if (!c) return fail('not_found', 'That category no longer exists.')
    if (input.parentId === c.parentId) return unchanged(c.id)
    const parent = input.parentId === null ? null : await load(tx, input.parentId)
    if (input.parentId !== null && !parent)
      return fail('not_found', 'That category no longer exists: choose another.', 'parentId')
    if (parent && isWithin(parent.path, c.path))
      return fail('invalid', 'A category cannot move inside itself or one of its subcategories.', 'parentId')
    const below = await subtree(tx, c)
    const depth = (parent?.depth ?? 0) + 1
    if (depth + below.height > MAX_CATEGORY_DEPTH)
      return fail(
        'invalid',
        `With its subcategories it would reach ${depth + below.height} levels; categories go at most ${MAX_CATEGORY_DEPTH} deep. Choose a parent higher up.`,
        'parentId',
      )
    const path = parent ? `${parent.path}/${c.slug}` : c.slug
    if (await pathTaken(tx, path)) return fail('conflict', ADDRESS_TAKEN, 'parentId')
    const oldAncestors = await ancestorIds(tx, c.path)

    await holdWriters(tx, below.ids)
    await rememberAddresses(tx, c.path)
    await rewritePaths(tx, c.path, path, depth - c.depth)
    await tx.execute(
      sql`update categories set parent_id = ${parent?.id ?? null}, position = ${await nextPosition(tx, parent?.id ?? null)} where id = ${c.id}`,
    )
    await rechainQuestions(tx, below.ids)
    const newAncestors = await ancestorIds(tx, path)
    // The subtree keeps the same questions, so only the ancestors' counts change.
    await recountCategories(tx, [...oldAncestors, ...newAncestors])
    await recordAudit(tx, {
      actorId: adminId,
      action: 'category_move',
      targetType: 'category',
      targetId: c.id,
      before: snapshotOf(c),
      after: snapshotOf((await load(tx, c.id))!),
    })
    return ok({ id: c.id, refresh: refreshFor([...below.ids, ...oldAncestors, ...newAncestors]) })
  })
}

/** Swaps a category with its sibling above or below (nothing changes at either end). */
export async function reorderCategory(actor: Actor, input: ReorderCategoryInput): Promise<Result<CategoryChange>> {
  return asAdmin(actor, async (tx, adminId) => {
    const c = await load(tx, input.id)
    if (!c) return fail('not_found', 'That category no longer exists.')
    // The siblings in the order pages show them (lib/categories/queries.ts), numbered afresh so equal positions cannot block a swap.
    const { rows } = await tx.execute<{ id: number }>(
      sql`select id from categories where parent_id is not distinct from ${c.parentId} order by position, name, id`,
    )
    const order = rows.map((r) => r.id)
    const at = order.indexOf(c.id)
    const to = input.direction === 'up' ? at - 1 : at + 1
    if (to < 0 || to >= order.length) return unchanged(c.id)
    ;[order[at], order[to]] = [order[to]!, order[at]!]
    await tx.execute(sql`
      update categories c set position = o.position
      from unnest(${intArray(order)}) with ordinality as o(id, position)
      where c.id = o.id and c.position is distinct from o.position`)
    await recordAudit(tx, {
      actorId: adminId,
      action: 'category_reorder',
      targetType: 'category',
      targetId: c.id,
      before: { position: at + 1, order: rows.map((r) => r.id) },
      after: { position: to + 1, order },
    })
    return ok({ id: c.id, refresh: refreshFor(c.parentId ? [c.id, c.parentId] : [c.id]) })
  })
}

/**
 * Merges a category into another and removes it: its questions, subcategories and followers go
 * to the target (a member following both keeps their follow of the target), and old revisions
 * naming it name the target, so rolling back to them still finds a category.
 */
export async function mergeCategory(actor: Actor, input: MergeCategoryInput): Promise<Result<CategoryChange>> {
  return asAdmin(actor, async (tx, adminId) => {
    const source = await load(tx, input.id)
    if (!source) return fail('not_found', 'That category no longer exists.')
    const target = await load(tx, input.targetId)
    if (!target) return fail('not_found', 'The category to merge into no longer exists: choose another.', 'targetId')
    if (target.id === source.id)
      return fail('invalid', 'Choose another category: one cannot merge into itself.', 'targetId')
    if (isWithin(target.path, source.path))
      return fail(
        'invalid',
        `“${target.name}” is inside “${source.name}”: merge into a category outside it.`,
        'targetId',
      )
    const below = await subtree(tx, source)
    if (target.depth + below.height > MAX_CATEGORY_DEPTH)
      return fail(
        'invalid',
        `Its subcategories would reach ${target.depth + below.height} levels; categories go at most ${MAX_CATEGORY_DEPTH} deep. Choose a category higher up.`,
        'targetId',
      )
    const { rows: children } = await tx.execute<Row>(sql`
      select id, parent_id as "parentId", slug, path, depth, name, description, position from categories where parent_id = ${source.id} order by position, name, id`)
    for (const child of children)
      if (await pathTaken(tx, `${target.path}/${child.slug}`))
        return fail(
          'conflict',
          `${ADDRESS_TAKEN} “${target.name}” already has a subcategory “${child.slug}”: rename one first.`,
          'targetId',
        )
    const oldAncestors = await ancestorIds(tx, source.path)
    const targetChain = [...(await ancestorIds(tx, target.path)), target.id]
    const { rows: counted } = await tx.execute<{ n: number }>(
      sql`select count(*)::int as n from questions where category_id = ${source.id}`,
    )

    await holdWriters(tx, below.ids)
    for (const child of children) {
      await rememberAddresses(tx, child.path)
      await rewritePaths(tx, child.path, `${target.path}/${child.slug}`, target.depth - source.depth)
      await tx.execute(
        sql`update categories set parent_id = ${target.id}, position = ${await nextPosition(tx, target.id)} where id = ${child.id}`,
      )
    }
    await tx.execute(sql`update questions set category_id = ${target.id} where category_id = ${source.id}`)
    await tx.execute(sql`update revisions set category_id = ${target.id} where category_id = ${source.id}`)
    await tx.execute(sql`
      update follows f set target_id = ${target.id}
      where f.target_type = 'category' and f.target_id = ${source.id}
        and not exists (select 1 from follows t where t.user_id = f.user_id and t.target_type = 'category' and t.target_id = ${target.id})`)
    await tx.execute(sql`delete from follows where target_type = 'category' and target_id = ${source.id}`)
    // The source's address, and those that led to it, now lead to the target.
    await tx.execute(sql`update category_redirects set category_id = ${target.id} where category_id = ${source.id}`)
    await tx.execute(sql`
      insert into category_redirects (path, category_id) values (${source.path}, ${target.id})
      on conflict (path) do update set category_id = excluded.category_id, created_at = now()`)
    await tx.execute(sql`delete from categories where id = ${source.id}`)
    const moved = below.ids.filter((id) => id !== source.id)
    await rechainQuestions(tx, [target.id, ...moved])
    await recountCategories(tx, [...oldAncestors, ...targetChain])
    await recordAudit(tx, {
      actorId: adminId,
      action: 'category_merge',
      targetType: 'category',
      targetId: source.id,
      before: { ...snapshotOf(source), questions: counted[0]!.n, children: children.map((c) => c.id) },
      after: { mergedInto: { id: target.id, name: target.name, path: target.path } },
    })
    return ok({ id: target.id, refresh: refreshFor([...below.ids, ...oldAncestors, ...targetChain]) })
  })
}
