import { sql } from 'drizzle-orm'
import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { findCounterDrift } from '@/db/counters'
import type { Actor } from '@/lib/auth/actor'
import { createCategory, mergeCategory, moveCategory, reorderCategory, updateCategory } from '@/lib/categories/admin'
import { createCategoryInput, mergeCategoryInput, updateCategoryInput } from '@/lib/categories/admin-schemas'
import { cacheTags } from '@/lib/cache-tags'
import type { Result } from '@/lib/result'
import { anonymous, memberOf } from '../factories/actors'
import * as make from '../factories/community'
import { closeDb, getDb, resetDatabase } from '../factories/db'
import { snapshot } from '../factories/snapshot'

beforeEach(resetDatabase)
afterAll(closeDb)

type Cat = { id: number; parentId: number | null; path: string; depth: number; position: number; questionCount: number }
const categoriesNow = async () =>
  (await getDb().execute<Cat>(sql`select id, parent_id as "parentId", path, depth, position, question_count as "questionCount" from categories order by path`)).rows
const chainOf = async (questionId: number) =>
  (await getDb().execute<{ chain: (number | null)[] }>(sql`select array[category1_id, category2_id, category3_id, category4_id] as chain from questions where id = ${questionId}`)).rows[0]!.chain
const unwrap = <T,>(r: Result<T>): T => {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`)
  return r.data
}

/** Family > Parents > Teenagers, Work; a question in Teenagers and one in Work. */
async function world() {
  const admin = memberOf(await make.createUser({ role: 'admin' }))
  const family = await make.createCategory('Family')
  const parents = await make.createCategory('Parents', family)
  const teens = await make.createCategory('Teenagers', parents)
  const work = await make.createCategory('Work')
  const inTeens = await make.createQuestion({ categoryId: teens.id })
  const inWork = await make.createQuestion({ categoryId: work.id })
  await make.recount()
  return { admin, family, parents, teens, work, inTeens, inWork }
}

describe('category admin', () => {
  it('creates categories at the top or inside another, with an address from the name, refusing a fifth level and a taken address', async () => {
    const w = await world()
    const made = unwrap(await createCategory(w.admin, createCategoryInput.parse({ name: 'Sleep & Rest', parentId: String(w.teens.id) })))
    expect(made.refresh).toEqual(expect.arrayContaining([cacheTags.siteSettings, cacheTags.categoryList, cacheTags.category(w.teens.id)]))
    expect((await categoriesNow()).find((c) => c.id === made.id)).toMatchObject({ path: 'family/parents/teenagers/sleep-rest', depth: 4 })
    const before = await snapshot()
    const fifth = await createCategory(w.admin, createCategoryInput.parse({ name: 'Too Deep', parentId: String(made.id) }))
    expect(fifth.ok ? null : fifth.error).toMatchObject({ field: 'parentId' })
    const taken = await createCategory(w.admin, createCategoryInput.parse({ name: 'Work' }))
    expect(taken.ok ? null : taken.error).toMatchObject({ code: 'conflict', field: 'slug' })
    expect(await snapshot()).toEqual(before)
  })

  it('renames, and a new address rewrites every descendant’s path', async () => {
    const w = await world()
    unwrap(await updateCategory(w.admin, updateCategoryInput.parse({ id: String(w.family.id), name: 'Family life', slug: 'family-life', description: 'Home and kin' })))
    expect((await categoriesNow()).map((c) => c.path)).toEqual(['family-life', 'family-life/parents', 'family-life/parents/teenagers', 'work'])
    const clash = await updateCategory(w.admin, updateCategoryInput.parse({ id: String(w.work.id), name: 'Work', slug: 'family-life' }))
    expect(clash.ok ? null : clash.error).toMatchObject({ field: 'slug' })
  })

  it('moves a subtree with its questions’ category chains and every count exact; refuses too deep and inside itself', async () => {
    const w = await world()
    unwrap(await moveCategory(w.admin, { id: w.parents.id, parentId: w.work.id }))
    expect((await categoriesNow()).map((c) => [c.path, c.depth, c.questionCount])).toEqual([
      ['family', 1, 0],
      ['work', 1, 2],
      ['work/parents', 2, 1],
      ['work/parents/teenagers', 3, 1],
    ])
    expect(await chainOf(w.inTeens.id)).toEqual([w.work.id, w.parents.id, w.teens.id, null])
    expect(await findCounterDrift(getDb())).toEqual([])

    unwrap(await moveCategory(w.admin, { id: w.teens.id, parentId: null }))
    expect(await chainOf(w.inTeens.id)).toEqual([w.teens.id, null, null, null])
    expect(await findCounterDrift(getDb())).toEqual([])

    const deep1 = unwrap(await createCategory(w.admin, createCategoryInput.parse({ name: 'A', parentId: String(w.teens.id) })))
    unwrap(await createCategory(w.admin, createCategoryInput.parse({ name: 'B', parentId: String(deep1.id) })))
    const before = await snapshot()
    // teenagers > a > b is three levels: under work/parents it would reach five.
    const tooDeep = await moveCategory(w.admin, { id: w.teens.id, parentId: w.parents.id })
    expect(tooDeep.ok ? null : tooDeep.error).toMatchObject({ field: 'parentId' })
    const intoItself = await moveCategory(w.admin, { id: w.teens.id, parentId: deep1.id })
    expect(intoItself.ok ? null : intoItself.error.message).toMatch(/inside itself/)
    expect(await snapshot()).toEqual(before)
  })

  it('reorders siblings up and down', async () => {
    const w = await world()
    const order = async () => (await categoriesNow()).filter((c) => c.parentId === null).sort((a, b) => a.position - b.position).map((c) => c.id)
    unwrap(await reorderCategory(w.admin, { id: w.work.id, direction: 'up' }))
    expect(await order()).toEqual([w.work.id, w.family.id])
    unwrap(await reorderCategory(w.admin, { id: w.work.id, direction: 'down' }))
    expect(await order()).toEqual([w.family.id, w.work.id])
  })

  it('merges one category into another: questions, subcategories and followers move, it is removed, counts exact', async () => {
    const w = await world()
    const reader = await make.createUser()
    const both = await make.createUser()
    await getDb().execute(sql`insert into follows (user_id, target_type, target_id, level) values
      (${reader.id}, 'category', ${w.family.id}, 'watching'), (${both.id}, 'category', ${w.family.id}, 'watching'), (${both.id}, 'category', ${w.work.id}, 'tracking')`)
    const inFamily = await make.createQuestion({ categoryId: w.family.id })
    await make.recount()
    const refused = mergeCategoryInput.safeParse({ id: String(w.family.id), targetId: String(w.work.id) })
    expect(refused.success).toBe(false)
    unwrap(await mergeCategory(w.admin, mergeCategoryInput.parse({ id: String(w.family.id), targetId: String(w.work.id), confirm: 'on' })))
    expect((await categoriesNow()).map((c) => [c.path, c.questionCount])).toEqual([
      ['work', 3],
      ['work/parents', 1],
      ['work/parents/teenagers', 1],
    ])
    expect(await chainOf(inFamily.id)).toEqual([w.work.id, null, null, null])
    expect(await chainOf(w.inTeens.id)).toEqual([w.work.id, w.parents.id, w.teens.id, null])
    const { rows } = await getDb().execute<{ userId: number; level: string }>(sql`select user_id as "userId", level from follows where target_type = 'category' and target_id = ${w.work.id} order by user_id`)
    expect(rows).toEqual([
      { userId: reader.id, level: 'watching' },
      { userId: both.id, level: 'tracking' },
    ].sort((a, b) => a.userId - b.userId))
    expect(await findCounterDrift(getDb())).toEqual([])
    const into = await mergeCategory(w.admin, mergeCategoryInput.parse({ id: String(w.work.id), targetId: String(w.teens.id), confirm: 'on' }))
    expect(into.ok ? null : into.error).toMatchObject({ field: 'targetId' })
  })

  it('is for admins only: everyone else is refused and nothing changes; each change is audited', async () => {
    const w = await world()
    const others: Actor[] = [
      anonymous(),
      memberOf(await make.createUser()),
      memberOf(await make.createUser({ role: 'editor' })),
      memberOf(await make.createUser({ role: 'moderator' })),
      memberOf(await make.createUser({ role: 'admin', isSuspended: true })),
    ]
    const before = await snapshot()
    for (const actor of others) {
      const results = [
        await createCategory(actor, createCategoryInput.parse({ name: 'Nope' })),
        await updateCategory(actor, updateCategoryInput.parse({ id: String(w.work.id), name: 'Nope' })),
        await moveCategory(actor, { id: w.work.id, parentId: w.family.id }),
        await reorderCategory(actor, { id: w.work.id, direction: 'up' }),
        await mergeCategory(actor, mergeCategoryInput.parse({ id: String(w.work.id), targetId: String(w.family.id), confirm: 'on' })),
      ]
      for (const r of results) expect(r.ok ? 'ok' : r.error.code).toBe(actor.kind === 'anonymous' ? 'unauthenticated' : 'forbidden')
    }
    expect(await snapshot()).toEqual(before)
    unwrap(await createCategory(w.admin, createCategoryInput.parse({ name: 'Money' })))
    unwrap(await moveCategory(w.admin, { id: w.work.id, parentId: w.family.id }))
    const { rows } = await getDb().execute<{ action: string; actorId: number }>(sql`select action, actor_id as "actorId" from audit_log order by id`)
    expect(rows).toEqual([
      { action: 'category_create', actorId: w.admin.id },
      { action: 'category_move', actorId: w.admin.id },
    ])
  })
})
