import 'server-only'
import { sql } from 'drizzle-orm'
import { getDb } from '@/db/client'
import { recomputeCounters } from '@/db/counters'
import { atLeast, type Actor } from '@/lib/auth/actor'
import { cacheTags } from '@/lib/cache-tags'
import { recordAudit } from '@/lib/moderation/audit'
import type { Tx } from '@/lib/posts/locate'
import { fail, ok, type Result } from '@/lib/result'
import type { CreateCategoryInput, MergeCategoryInput, MoveCategoryInput, ReorderCategoryInput, UpdateCategoryInput } from './admin-schemas'

/** Categories go four levels deep, as in Question2Answer. */
export const MAX_CATEGORY_DEPTH = 4

type Row = { id: number; parentId: number | null; slug: string; path: string; depth: number; name: string; description: string; position: number }
type Refresh = { refresh: string[]; id: number }

/**
 * Every page that shows a category's name or place: the tree and lists, and (through the settings
 * tag they carry) every thread's breadcrumb. Admins change categories rarely.
 */
const refreshFor = (ids: number[]) => [cacheTags.siteSettings, cacheTags.categoryList, cacheTags.questionLists, cacheTags.sitemap, ...ids.map(cacheTags.category)]

/**
 * Runs one change to the tree as an admin: every category change takes the same transaction-scoped
 * lock first, so two admins' moves cannot interleave and leave paths that disagree.
 */
async function asAdmin<T>(actor: Actor, change: (tx: Tx, adminId: number) => Promise<Result<T>>): Promise<Result<T>> {
  if (actor.kind !== 'member' || !atLeast(actor, 'admin'))
    return fail(actor.kind === 'anonymous' ? 'unauthenticated' : 'forbidden', 'Only admins can change the categories.')
  const adminId = actor.id
  return getDb().transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('askwell:categories'))`)
    return change(tx, adminId)
  })
}

async function load(tx: Tx, id: number): Promise<Row | null> {
  const { rows } = await tx.execute<Row>(sql`
    select id, parent_id as "parentId", slug, path, depth, name, description, position from categories where id = ${id}`)
  return rows[0] ?? null
}

/** How many levels the category's subtree adds below it (0 for a leaf). */
async function subtreeHeight(tx: Tx, c: Row): Promise<number> {
  const { rows } = await tx.execute<{ deepest: number }>(sql`
    select max(depth)::int as deepest from categories where path = ${c.path} or path like ${`${c.path}/%`}`)
  return (rows[0]?.deepest ?? c.depth) - c.depth
}

async function subtreeIds(tx: Tx, path: string): Promise<number[]> {
  const { rows } = await tx.execute<{ id: number }>(sql`select id from categories where path = ${path} or path like ${`${path}/%`}`)
  return rows.map((r) => r.id)
}

const pathTaken = async (tx: Tx, path: string, except: number | null) =>
  (await tx.execute(sql`select 1 from categories where path = ${path} and id is distinct from ${except}`)).rows.length > 0

const isWithin = (path: string, ancestor: string) => path === ancestor || path.startsWith(`${ancestor}/`)

/** Rewrites the paths (and depths) of a subtree moved from `from` to `to`, in one statement. */
async function rewritePaths(tx: Tx, from: string, to: string, depthDelta: number): Promise<void> {
  await tx.execute(sql`
    update categories set path = ${to} || substr(path, ${from.length + 1}), depth = depth + ${depthDelta}
    where path = ${from} or path like ${`${from}/%`}`)
}

/**
 * Sets each question's category chain (category1..4, root first) from its category's place in the
 * tree, for the questions in the given categories; then every category's count from the rows.
 */
async function rechain(tx: Tx, categoryIds: number[]): Promise<void> {
  if (categoryIds.length) {
    await tx.execute(sql`
      update questions q set category1_id = x.chain[1], category2_id = x.chain[2], category3_id = x.chain[3], category4_id = x.chain[4]
      from (
        select c.id, array(select a.id from categories a where c.path = a.path or c.path like a.path || '/%' order by a.depth) as chain
        from categories c where c.id = any(${`{${categoryIds.join(',')}}`}::int[])
      ) x
      where q.category_id = x.id
        and (q.category1_id, q.category2_id, q.category3_id, q.category4_id) is distinct from (x.chain[1], x.chain[2], x.chain[3], x.chain[4])`)
  }
  await recomputeCounters(tx, undefined, ['categories'])
}

const nextPosition = async (tx: Tx, parentId: number | null) =>
  (await tx.execute<{ next: number }>(sql`select coalesce(max(position), 0) + 1 as next from categories where parent_id is not distinct from ${parentId}`)).rows[0]!.next

const snapshotOf = (c: Row) => ({ name: c.name, slug: c.slug, path: c.path, description: c.description, parentId: c.parentId, position: c.position })

export async function createCategory(actor: Actor, input: CreateCategoryInput): Promise<Result<Refresh>> {
  return asAdmin(actor, async (tx, adminId) => {
    const parent = input.parentId === null ? null : await load(tx, input.parentId)
    if (input.parentId !== null && !parent) return fail('not_found', 'That parent category no longer exists.', 'parentId')
    if (parent && parent.depth >= MAX_CATEGORY_DEPTH) return fail('invalid', `Categories go at most ${MAX_CATEGORY_DEPTH} levels deep: choose a higher parent.`, 'parentId')
    const path = parent ? `${parent.path}/${input.slug}` : input.slug
    if (await pathTaken(tx, path, null)) return fail('conflict', 'A category with this address already exists here.', 'slug')
    const { rows } = await tx.execute<{ id: number }>(sql`
      insert into categories (parent_id, slug, path, depth, name, description, position)
      values (${parent?.id ?? null}, ${input.slug}, ${path}, ${(parent?.depth ?? 0) + 1}, ${input.name}, ${input.description}, ${await nextPosition(tx, parent?.id ?? null)})
      returning id`)
    const id = rows[0]!.id
    await recordAudit(tx, { actorId: adminId, action: 'category_create', targetType: 'category', targetId: id, after: { name: input.name, path, description: input.description } })
    return ok({ id, refresh: refreshFor([id, ...(parent ? [parent.id] : [])]) })
  })
}

/** Renames a category, changes its address (and so its descendants') or its description. */
export async function updateCategory(actor: Actor, input: UpdateCategoryInput): Promise<Result<Refresh>> {
  return asAdmin(actor, async (tx, adminId) => {
    const c = await load(tx, input.id)
    if (!c) return fail('not_found', 'That category no longer exists.', 'id')
    const path = c.path.slice(0, c.path.length - c.slug.length) + input.slug
    if (path !== c.path && (await pathTaken(tx, path, c.id))) return fail('conflict', 'A category with this address already exists here.', 'slug')
    const ids = await subtreeIds(tx, c.path)
    if (path !== c.path) await rewritePaths(tx, c.path, path, 0)
    await tx.execute(sql`update categories set name = ${input.name}, slug = ${input.slug}, description = ${input.description} where id = ${c.id}`)
    await recordAudit(tx, { actorId: adminId, action: 'category_update', targetType: 'category', targetId: c.id, before: snapshotOf(c), after: snapshotOf((await load(tx, c.id))!) })
    return ok({ id: c.id, refresh: refreshFor([...ids, ...(c.parentId ? [c.parentId] : [])]) })
  })
}

/** Moves a category, with everything below it and their questions, under another parent or to the top. */
export async function moveCategory(actor: Actor, input: MoveCategoryInput): Promise<Result<Refresh>> {
  return asAdmin(actor, async (tx, adminId) => {
    const c = await load(tx, input.id)
    if (!c) return fail('not_found', 'That category no longer exists.', 'id')
    if (input.parentId === c.parentId) return ok({ id: c.id, refresh: [] })
    const parent = input.parentId === null ? null : await load(tx, input.parentId)
    if (input.parentId !== null && !parent) return fail('not_found', 'That parent category no longer exists.', 'parentId')
    if (parent && isWithin(parent.path, c.path)) return fail('invalid', 'A category cannot move inside itself or one of its subcategories.', 'parentId')
    const depth = (parent?.depth ?? 0) + 1
    const height = await subtreeHeight(tx, c)
    if (depth + height > MAX_CATEGORY_DEPTH)
      return fail('invalid', `There it would reach ${depth + height} levels deep; categories go at most ${MAX_CATEGORY_DEPTH}. Choose a higher parent.`, 'parentId')
    const path = parent ? `${parent.path}/${c.slug}` : c.slug
    if (await pathTaken(tx, path, c.id)) return fail('conflict', 'The new parent already has a subcategory with this address.', 'parentId')
    const oldAncestors = await ancestorIds(tx, c)
    await rewritePaths(tx, c.path, path, depth - c.depth)
    await tx.execute(sql`update categories set parent_id = ${parent?.id ?? null}, position = ${await nextPosition(tx, parent?.id ?? null)} where id = ${c.id}`)
    const ids = await subtreeIds(tx, path)
    await rechain(tx, ids)
    const moved = (await load(tx, c.id))!
    await recordAudit(tx, { actorId: adminId, action: 'category_move', targetType: 'category', targetId: c.id, before: snapshotOf(c), after: snapshotOf(moved) })
    return ok({ id: c.id, refresh: refreshFor([...ids, ...oldAncestors, ...(await ancestorIds(tx, moved))]) })
  })
}

async function ancestorIds(tx: Tx, c: Row): Promise<number[]> {
  const { rows } = await tx.execute<{ id: number }>(sql`select id from categories where ${c.path} like path || '/%'`)
  return rows.map((r) => r.id)
}

/** Moves a category one place up or down among its siblings. */
export async function reorderCategory(actor: Actor, input: ReorderCategoryInput): Promise<Result<Refresh>> {
  return asAdmin(actor, async (tx, adminId) => {
    const c = await load(tx, input.id)
    if (!c) return fail('not_found', 'That category no longer exists.', 'id')
    // Siblings in their shown order, numbered afresh, so equal positions never block a swap.
    const { rows } = await tx.execute<{ id: number }>(sql`
      select id from categories where parent_id is not distinct from ${c.parentId} order by position, name, id`)
    const order = rows.map((r) => r.id)
    const at = order.indexOf(c.id)
    const to = input.direction === 'up' ? at - 1 : at + 1
    if (to < 0 || to >= order.length) return ok({ id: c.id, refresh: [] })
    ;[order[at], order[to]] = [order[to]!, order[at]!]
    await tx.execute(sql`
      update categories c set position = o.position
      from unnest(${`{${order.join(',')}}`}::int[]) with ordinality as o(id, position) where c.id = o.id`)
    await recordAudit(tx, { actorId: adminId, action: 'category_reorder', targetType: 'category', targetId: c.id, before: { position: at + 1 }, after: { position: to + 1 } })
    return ok({ id: c.id, refresh: refreshFor(c.parentId ? [c.parentId] : []) })
  })
}

/**
 * Merges a category into another: its questions, subcategories and followers go to the target, and
 * it is removed. Followers of both keep the target's follow.
 */
export async function mergeCategory(actor: Actor, input: MergeCategoryInput): Promise<Result<Refresh>> {
  return asAdmin(actor, async (tx, adminId) => {
    const source = await load(tx, input.id)
    if (!source) return fail('not_found', 'That category no longer exists.', 'id')
    const target = await load(tx, input.targetId)
    if (!target) return fail('not_found', 'The category to merge into no longer exists.', 'targetId')
    if (isWithin(target.path, source.path)) return fail('invalid', 'Merge into a category outside this one.', 'targetId')
    const height = await subtreeHeight(tx, source)
    if (target.depth + height > MAX_CATEGORY_DEPTH)
      return fail('invalid', `Its subcategories would reach ${target.depth + height} levels deep; categories go at most ${MAX_CATEGORY_DEPTH}.`, 'targetId')
    const { rows: children } = await tx.execute<{ id: number; slug: string; path: string }>(sql`select id, slug, path from categories where parent_id = ${source.id} order by position, id`)
    for (const child of children)
      if (await pathTaken(tx, `${target.path}/${child.slug}`, child.id)) return fail('conflict', `“${target.path}” already has a subcategory “${child.slug}”: rename one first.`, 'targetId')

    const before = { source: snapshotOf(source), questions: await questionsIn(tx, source.id) }
    const affected = [...(await subtreeIds(tx, source.path)), ...(await ancestorIds(tx, source)), target.id, ...(await ancestorIds(tx, target))]
    for (const child of children) {
      await rewritePaths(tx, child.path, `${target.path}/${child.slug}`, target.depth + 1 - (source.depth + 1))
      await tx.execute(sql`update categories set parent_id = ${target.id}, position = ${await nextPosition(tx, target.id)} where id = ${child.id}`)
    }
    await tx.execute(sql`update questions set category_id = ${target.id} where category_id = ${source.id}`)
    await tx.execute(sql`
      update follows f set target_id = ${target.id}
      where f.target_type = 'category' and f.target_id = ${source.id}
        and not exists (select 1 from follows t where t.user_id = f.user_id and t.target_type = 'category' and t.target_id = ${target.id})`)
    await tx.execute(sql`delete from follows where target_type = 'category' and target_id = ${source.id}`)
    await tx.execute(sql`delete from categories where id = ${source.id}`)
    await rechain(tx, await subtreeIds(tx, target.path))
    await recordAudit(tx, { actorId: adminId, action: 'category_merge', targetType: 'category', targetId: target.id, before, after: { into: snapshotOf(target) } })
    return ok({ id: target.id, refresh: refreshFor(affected) })
  })
}

const questionsIn = async (tx: Tx, categoryId: number) =>
  Number((await tx.execute<{ n: number }>(sql`select count(*)::int as n from questions where category_id = ${categoryId}`)).rows[0]!.n)
