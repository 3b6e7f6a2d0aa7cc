import { sql } from 'drizzle-orm'
import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { findCounterDrift } from '@/db/counters'
import type { Actor } from '@/lib/auth/actor'
import { createCategory, mergeCategory, moveCategory, reorderCategory, updateCategory } from '@/lib/categories/admin'
import { createCategoryInput, mergeCategoryInput, updateCategoryInput } from '@/lib/categories/admin-schemas'
import { cacheTags } from '@/lib/cache-tags'
import { getCategoryByPath as readCategoryByPath, getCategoryRedirect } from '@/lib/categories/queries'
import { setFollow } from '@/lib/follows/mutations'
import { askQuestion } from '@/lib/questions/mutations'
import type { Result } from '@/lib/result'
import { anonymous, memberOf } from '../factories/actors'
import * as make from '../factories/community'
import { closeDb, getDb, resetDatabase } from '../factories/db'
import { snapshot } from '../factories/snapshot'

beforeEach(resetDatabase)
afterAll(closeDb)

type Cat = { id: number; parentId: number | null; path: string; depth: number; position: number; questionCount: number }
const categoriesNow = async () =>
  (
    await getDb().execute<Cat>(
      sql`select id, parent_id as "parentId", path, depth, position, question_count as "questionCount" from categories order by path`,
    )
  ).rows
const chainOf = async (questionId: number) =>
  (
    await getDb().execute<{ chain: (number | null)[] }>(
      sql`select array[category1_id, category2_id, category3_id, category4_id] as chain from questions where id = ${questionId}`,
    )
  ).rows[0]!.chain
const unwrap = <T>(r: Result<T>): T => {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`)
  return r.data
}
const errorOf = <T>(r: Result<T>) => (r.ok ? null : r.error)

/** Every question's chain agrees with its category's place in the tree (walked by parent_id), and no path disagrees with its parent's. */
async function treeIsConsistent() {
  const { rows: chains } = await getDb().execute<{ id: number }>(sql`
    with recursive up as (
      select id as category_id, id, parent_id, depth from categories
      union all select up.category_id, c.id, c.parent_id, c.depth from categories c join up on c.id = up.parent_id
    ), chain as (select category_id, array_agg(id order by depth) as ids from up group by category_id)
    select q.id from questions q left join chain on chain.category_id = q.category_id
    where (q.category1_id, q.category2_id, q.category3_id, q.category4_id) is distinct from (chain.ids[1], chain.ids[2], chain.ids[3], chain.ids[4])`)
  const { rows: paths } = await getDb().execute<{ id: number }>(sql`
    select c.id from categories c left join categories p on p.id = c.parent_id
    where c.path <> coalesce(p.path || '/', '') || c.slug or c.depth <> coalesce(p.depth, 0) + 1`)
  return { badChains: chains.map((r) => r.id), badPaths: paths.map((r) => r.id) }
}

/** Family > Parents > Teenagers, and Work; a question in Teenagers, one in Work and a hidden one in Parents. */
async function world() {
  const admin = memberOf(await make.createUser({ role: 'admin' }))
  const family = await make.createCategory('Family')
  const parents = await make.createCategory('Parents', family)
  const teens = await make.createCategory('Teenagers', parents)
  const work = await make.createCategory('Work')
  const inTeens = await make.createQuestion({ categoryId: teens.id })
  const inWork = await make.createQuestion({ categoryId: work.id })
  const hidden = await make.createQuestion({ categoryId: parents.id, status: 'hidden' })
  await make.recount()
  return { admin, family, parents, teens, work, inTeens, inWork, hidden }
}

describe('category admin', () => {
  it('creates categories at the top or inside another, with an address made from the name; refuses a fifth level and a taken address', async () => {
    const w = await world()
    const made = unwrap(
      await createCategory(w.admin, createCategoryInput.parse({ name: 'Sleep & Rest', parentId: String(w.teens.id) })),
    )
    expect(made.refresh).toEqual(
      expect.arrayContaining([
        cacheTags.siteSettings,
        cacheTags.categoryList,
        cacheTags.questionLists,
        cacheTags.sitemap,
        cacheTags.category(made.id),
        cacheTags.category(w.teens.id),
      ]),
    )
    expect((await categoriesNow()).find((c) => c.id === made.id)).toMatchObject({
      path: 'family/parents/teenagers/sleep-rest',
      depth: 4,
      parentId: w.teens.id,
    })
    const top = unwrap(
      await createCategory(w.admin, createCategoryInput.parse({ name: 'Money', slug: 'money-matters', parentId: '' })),
    )
    expect((await categoriesNow()).find((c) => c.id === top.id)).toMatchObject({
      path: 'money-matters',
      depth: 1,
      parentId: null,
      position: 1,
    })

    const before = await snapshot()
    expect(
      errorOf(
        await createCategory(w.admin, createCategoryInput.parse({ name: 'Too Deep', parentId: String(made.id) })),
      ),
    ).toMatchObject({ code: 'invalid', field: 'parentId' })
    expect(errorOf(await createCategory(w.admin, createCategoryInput.parse({ name: 'Work' })))).toEqual({
      code: 'conflict',
      field: 'slug',
      message: 'A category with this address already exists here.',
    })
    expect(
      errorOf(
        await createCategory(
          w.admin,
          createCategoryInput.parse({ name: 'Teens', slug: 'teenagers', parentId: String(w.parents.id) }),
        ),
      ),
    ).toMatchObject({ code: 'conflict', field: 'slug' })
    expect(
      errorOf(await createCategory(w.admin, createCategoryInput.parse({ name: 'Lost', parentId: '999' }))),
    ).toMatchObject({ code: 'not_found', field: 'parentId' })
    expect(await snapshot()).toEqual(before)
  })

  it('renames; a new address rewrites its own and every descendant’s path, and leaves the questions’ chains alone', async () => {
    const w = await world()
    const renamed = unwrap(
      await updateCategory(
        w.admin,
        updateCategoryInput.parse({
          id: String(w.family.id),
          name: 'Family life',
          slug: 'family-life',
          description: 'Home and kin',
        }),
      ),
    )
    expect(renamed.refresh).toEqual(
      expect.arrayContaining([
        cacheTags.siteSettings,
        ...[w.family.id, w.parents.id, w.teens.id].map(cacheTags.category),
      ]),
    )
    expect((await categoriesNow()).map((c) => c.path)).toEqual([
      'family-life',
      'family-life/parents',
      'family-life/parents/teenagers',
      'work',
    ])
    expect(await chainOf(w.inTeens.id)).toEqual([w.family.id, w.parents.id, w.teens.id, null])
    expect(await treeIsConsistent()).toEqual({ badChains: [], badPaths: [] })

    // The same values again change nothing (and write no audit row).
    expect(
      unwrap(
        await updateCategory(
          w.admin,
          updateCategoryInput.parse({
            id: String(w.family.id),
            name: 'Family life',
            slug: 'family-life',
            description: 'Home and kin',
          }),
        ),
      ).refresh,
    ).toEqual([])
    const before = await snapshot()
    expect(
      errorOf(
        await updateCategory(
          w.admin,
          updateCategoryInput.parse({ id: String(w.work.id), name: 'Work', slug: 'family-life' }),
        ),
      ),
    ).toEqual({
      code: 'conflict',
      field: 'slug',
      message: 'A category with this address already exists here.',
    })
    expect(await snapshot()).toEqual(before)
  })

  it('moves a subtree: paths, depths, the questions’ category chains and every count follow (exact against a recount)', async () => {
    const w = await world()
    const moved = unwrap(await moveCategory(w.admin, { id: w.parents.id, parentId: w.work.id }))
    expect(moved.refresh).toEqual(
      expect.arrayContaining([
        cacheTags.siteSettings,
        cacheTags.categoryList,
        cacheTags.questionLists,
        cacheTags.sitemap,
        ...[w.family.id, w.work.id, w.parents.id, w.teens.id].map(cacheTags.category),
      ]),
    )
    expect((await categoriesNow()).map((c) => [c.path, c.depth, c.questionCount])).toEqual([
      ['family', 1, 0],
      ['work', 1, 2],
      ['work/parents', 2, 1],
      ['work/parents/teenagers', 3, 1],
    ])
    expect(await chainOf(w.inTeens.id)).toEqual([w.work.id, w.parents.id, w.teens.id, null])
    expect(await chainOf(w.hidden.id)).toEqual([w.work.id, w.parents.id, null, null])
    expect(await findCounterDrift(getDb())).toEqual([])

    unwrap(await moveCategory(w.admin, { id: w.teens.id, parentId: null }))
    expect(await chainOf(w.inTeens.id)).toEqual([w.teens.id, null, null, null])
    expect((await categoriesNow()).find((c) => c.id === w.teens.id)).toMatchObject({
      path: 'teenagers',
      depth: 1,
      parentId: null,
    })
    expect(await findCounterDrift(getDb())).toEqual([])
    expect(await treeIsConsistent()).toEqual({ badChains: [], badPaths: [] })
  })

  it('refuses a move past four levels, under itself or its own descendant, or onto a taken address, changing nothing', async () => {
    const w = await world()
    const a = unwrap(
      await createCategory(w.admin, createCategoryInput.parse({ name: 'A', parentId: String(w.work.id) })),
    )
    const b = unwrap(await createCategory(w.admin, createCategoryInput.parse({ name: 'B', parentId: String(a.id) })))
    const parentsTwin = unwrap(
      await createCategory(w.admin, createCategoryInput.parse({ name: 'Parents', parentId: String(w.work.id) })),
    )
    const before = await snapshot()
    // work > a > b is three levels: under family/parents it would reach five.
    const tooDeep = errorOf(await moveCategory(w.admin, { id: w.work.id, parentId: w.parents.id }))
    expect(tooDeep).toMatchObject({ code: 'invalid', field: 'parentId' })
    expect(tooDeep?.message).toMatch(/at most 4/)
    expect(errorOf(await moveCategory(w.admin, { id: w.work.id, parentId: b.id }))).toMatchObject({
      code: 'invalid',
      field: 'parentId',
      message: expect.stringMatching(/inside itself/),
    })
    expect(errorOf(await moveCategory(w.admin, { id: w.work.id, parentId: w.work.id }))).toMatchObject({
      field: 'parentId',
    })
    expect(errorOf(await moveCategory(w.admin, { id: w.parents.id, parentId: w.work.id }))).toEqual({
      code: 'conflict',
      field: 'parentId',
      message: 'A category with this address already exists here.',
    })
    expect(errorOf(await moveCategory(w.admin, { id: w.work.id, parentId: 999 }))).toMatchObject({
      code: 'not_found',
      field: 'parentId',
    })
    expect(await snapshot()).toEqual(before)
    expect(parentsTwin.id).toBeGreaterThan(0)
  })

  it('reorders siblings up and down; at either end nothing changes', async () => {
    const w = await world()
    const money = unwrap(await createCategory(w.admin, createCategoryInput.parse({ name: 'Money' })))
    const order = async () =>
      (await categoriesNow())
        .filter((c) => c.parentId === null)
        .sort((a, b) => a.position - b.position)
        .map((c) => c.id)
    expect(await order()).toEqual([w.family.id, w.work.id, money.id])
    unwrap(await reorderCategory(w.admin, { id: money.id, direction: 'up' }))
    expect(await order()).toEqual([w.family.id, money.id, w.work.id])
    unwrap(await reorderCategory(w.admin, { id: w.family.id, direction: 'down' }))
    expect(await order()).toEqual([money.id, w.family.id, w.work.id])
    const before = await snapshot()
    expect(unwrap(await reorderCategory(w.admin, { id: money.id, direction: 'up' })).refresh).toEqual([])
    expect(unwrap(await reorderCategory(w.admin, { id: w.work.id, direction: 'down' })).refresh).toEqual([])
    expect(await snapshot()).toEqual(before)
  })

  it('merges one category into another: questions, subcategories, followers and old revisions move, it is removed, counts exact', async () => {
    const w = await world()
    const reader = await make.createUser()
    const both = await make.createUser()
    await getDb().execute(sql`insert into follows (user_id, target_type, target_id, level) values
      (${reader.id}, 'category', ${w.family.id}, 'watching'), (${both.id}, 'category', ${w.family.id}, 'watching'), (${both.id}, 'category', ${w.work.id}, 'tracking')`)
    const inFamily = await make.createQuestion({ categoryId: w.family.id })
    await getDb().execute(
      sql`insert into revisions (post_id, post_type, revision, title, body, category_id) values (${inFamily.id}, 'question', 1, 'Old title', 'Old body', ${w.family.id})`,
    )
    await make.recount()

    expect(mergeCategoryInput.safeParse({ id: String(w.family.id), targetId: String(w.work.id) }).success).toBe(false)
    const merged = unwrap(
      await mergeCategory(
        w.admin,
        mergeCategoryInput.parse({ id: String(w.family.id), targetId: String(w.work.id), confirm: 'on' }),
      ),
    )
    expect(merged).toMatchObject({ id: w.work.id })
    expect(merged.refresh).toEqual(
      expect.arrayContaining([
        cacheTags.siteSettings,
        ...[w.family.id, w.work.id, w.parents.id, w.teens.id].map(cacheTags.category),
      ]),
    )
    expect((await categoriesNow()).map((c) => [c.path, c.depth, c.questionCount])).toEqual([
      ['work', 1, 3],
      ['work/parents', 2, 1],
      ['work/parents/teenagers', 3, 1],
    ])
    expect(await chainOf(inFamily.id)).toEqual([w.work.id, null, null, null])
    expect(await chainOf(w.inTeens.id)).toEqual([w.work.id, w.parents.id, w.teens.id, null])
    const { rows: follows } = await getDb().execute<{ userId: number; targetId: number; level: string }>(sql`
      select user_id as "userId", target_id as "targetId", level from follows where target_type = 'category' order by user_id`)
    expect(follows).toEqual([
      { userId: reader.id, targetId: w.work.id, level: 'watching' },
      { userId: both.id, targetId: w.work.id, level: 'tracking' },
    ])
    const { rows: revisions } = await getDb().execute<{ categoryId: number }>(
      sql`select category_id as "categoryId" from revisions where post_id = ${inFamily.id}`,
    )
    expect(revisions).toEqual([{ categoryId: w.work.id }])
    expect(await findCounterDrift(getDb())).toEqual([])
    expect(await treeIsConsistent()).toEqual({ badChains: [], badPaths: [] })
  })

  it('merges a category into its own parent, and refuses a target inside it, past four levels, or with a clashing subcategory', async () => {
    const w = await world()
    unwrap(await mergeCategory(w.admin, { id: w.parents.id, targetId: w.family.id, confirm: 'on' }))
    expect((await categoriesNow()).map((c) => [c.path, c.depth, c.questionCount])).toEqual([
      ['family', 1, 1],
      ['family/teenagers', 2, 1],
      ['work', 1, 1],
    ])
    expect(await findCounterDrift(getDb())).toEqual([])
    expect(await treeIsConsistent()).toEqual({ badChains: [], badPaths: [] })

    const deep = unwrap(
      await createCategory(w.admin, createCategoryInput.parse({ name: 'Deep', parentId: String(w.teens.id) })),
    )
    unwrap(await createCategory(w.admin, createCategoryInput.parse({ name: 'Deeper', parentId: String(deep.id) })))
    unwrap(await createCategory(w.admin, createCategoryInput.parse({ name: 'Teenagers', parentId: String(w.work.id) })))
    const careers = unwrap(
      await createCategory(w.admin, createCategoryInput.parse({ name: 'Careers', parentId: String(w.work.id) })),
    )
    const before = await snapshot()
    expect(errorOf(await mergeCategory(w.admin, { id: w.family.id, targetId: deep.id, confirm: 'on' }))).toMatchObject({
      code: 'invalid',
      field: 'targetId',
    })
    expect(
      errorOf(await mergeCategory(w.admin, { id: w.family.id, targetId: w.family.id, confirm: 'on' })),
    ).toMatchObject({ code: 'invalid', field: 'targetId' })
    // family > teenagers > deep > deeper: three levels below family, so the target must be at the top.
    expect(
      errorOf(await mergeCategory(w.admin, { id: w.family.id, targetId: careers.id, confirm: 'on' })),
    ).toMatchObject({ code: 'invalid', field: 'targetId', message: expect.stringMatching(/at most 4/) })
    expect(
      errorOf(await mergeCategory(w.admin, { id: w.family.id, targetId: w.work.id, confirm: 'on' })),
    ).toMatchObject({ code: 'conflict', field: 'targetId', message: expect.stringMatching(/already exists here/) })
    expect(errorOf(await mergeCategory(w.admin, { id: w.family.id, targetId: 999, confirm: 'on' }))).toMatchObject({
      code: 'not_found',
      field: 'targetId',
    })
    expect(await snapshot()).toEqual(before)
  })

  it('keeps every old address leading to where its category is now, after renames, moves and a merge; a live address wins', async () => {
    const w = await world()
    const where = async (paths: string[]) =>
      Object.fromEntries(await Promise.all(paths.map(async (p) => [p, await getCategoryRedirect(p)])))
    unwrap(
      await updateCategory(w.admin, { id: w.family.id, name: 'Family life', slug: 'family-life', description: '' }),
    )
    unwrap(await moveCategory(w.admin, { id: w.parents.id, parentId: w.work.id }))
    expect(
      await where([
        'family',
        'family/parents',
        'family/parents/teenagers',
        'family-life/parents',
        'family-life/parents/teenagers',
        'work',
        'nowhere',
      ]),
    ).toEqual({
      family: 'family-life',
      'family/parents': 'work/parents',
      'family/parents/teenagers': 'work/parents/teenagers',
      'family-life/parents': 'work/parents',
      'family-life/parents/teenagers': 'work/parents/teenagers',
      work: null,
      nowhere: null,
    })
    // Merging Work (and its old addresses' targets) into Family life: everything that led to Work leads there.
    unwrap(await mergeCategory(w.admin, { id: w.work.id, targetId: w.family.id, confirm: 'on' }))
    expect(await where(['work', 'work/parents', 'family', 'family/parents/teenagers'])).toEqual({
      work: 'family-life',
      'work/parents': 'family-life/parents',
      family: 'family-life',
      'family/parents/teenagers': 'family-life/parents/teenagers',
    })
    // A new category may take an old address; its own page is then what that address shows.
    const again = unwrap(await createCategory(w.admin, { name: 'Work', slug: 'work', description: '', parentId: null }))
    expect((await readCategoryByPath('work'))?.id).toBe(again.id)
  })

  it('lets two admins race without corrupting the tree: crossing moves never both succeed', async () => {
    // Each would be fine alone; together they would make a cycle. A few rounds, as a race may not show in one.
    for (let round = 0; round < 5; round++) {
      await resetDatabase()
      const w = await world()
      const other = memberOf(await make.createUser({ role: 'admin' }))
      const [one, two] = await Promise.all([
        moveCategory(w.admin, { id: w.family.id, parentId: w.work.id }),
        moveCategory(other, { id: w.work.id, parentId: w.teens.id }),
      ])
      expect([one.ok, two.ok].filter(Boolean)).toHaveLength(1)
      expect(await treeIsConsistent()).toEqual({ badChains: [], badPaths: [] })
      expect(await findCounterDrift(getDb())).toEqual([])
      expect((await categoriesNow()).filter((c) => c.parentId === null)).toHaveLength(1)
    }
  })

  it('keeps every count exact while questions are being asked during moves', async () => {
    const w = await world()
    await getDb().execute(
      sql`insert into settings (key, value) values ('rateLimits', '{"ask": {"perUser": 1000, "perIp": 1000, "windowSeconds": 3600}}')`,
    )
    const asking = (async () => {
      for (let i = 0; i < 30; i++) {
        const categoryId = [w.teens.id, w.parents.id, w.family.id][i % 3]!
        unwrap(
          await askQuestion(w.admin, {
            title: `Question ${i} asked while the tree moves`,
            body: 'A body long enough to be a question.',
            categoryId,
            tags: [],
          }),
        )
      }
    })()
    const moving = (async () => {
      for (let i = 0; i < 10; i++)
        unwrap(await moveCategory(w.admin, { id: w.parents.id, parentId: i % 2 ? w.family.id : w.work.id }))
    })()
    await Promise.all([asking, moving])
    expect(await findCounterDrift(getDb())).toEqual([])
  })

  it('never leaves a follow on a removed category: a follow asked for while a merge holds the tree waits, then is refused', async () => {
    const w = await world()
    const reader = memberOf(await make.createUser())
    // What a merge does to its source, held open: the follow's check must wait for it rather than see the old row.
    let removed!: () => void
    const removing = new Promise<void>((r) => (removed = r))
    const merge = getDb().transaction(async (tx) => {
      await tx.execute(sql`lock table categories in exclusive mode`)
      await tx.execute(
        sql`update questions set category_id = ${w.work.id}, category1_id = ${w.work.id}, category2_id = null, category3_id = null, category4_id = null where category1_id = ${w.family.id}`,
      )
      await tx.execute(sql`delete from categories where id in (${w.teens.id}, ${w.parents.id}, ${w.family.id})`)
      removed()
      await new Promise((r) => setTimeout(r, 300))
    })
    await removing
    const followed = await setFollow(reader, { targetType: 'category', targetId: w.family.id, level: 'watching' })
    await merge
    expect(errorOf(followed)).toMatchObject({ code: 'not_found' })
    const { rows } = await getDb().execute<{ n: number }>(
      sql`select count(*)::int as n from follows where target_type = 'category'`,
    )
    expect(rows[0]!.n).toBe(0)
  })

  it('is for admins only: everyone else is refused for every action and nothing changes; each admin change is audited', async () => {
    const w = await world()
    const others: [Actor, string][] = [
      [anonymous(), 'unauthenticated'],
      [memberOf(await make.createUser()), 'forbidden'],
      [memberOf(await make.createUser({ role: 'expert' })), 'forbidden'],
      [memberOf(await make.createUser({ role: 'editor' })), 'forbidden'],
      [memberOf(await make.createUser({ role: 'moderator' })), 'forbidden'],
      [memberOf(await make.createUser({ role: 'admin', isSuspended: true })), 'forbidden'],
    ]
    const attempts = (actor: Actor) => [
      () => createCategory(actor, createCategoryInput.parse({ name: 'Money' })),
      () => updateCategory(actor, updateCategoryInput.parse({ id: String(w.work.id), name: 'Nope' })),
      () => moveCategory(actor, { id: w.work.id, parentId: w.family.id }),
      // After the move above, Family has Money below it at the top level.
      () => reorderCategory(actor, { id: w.family.id, direction: 'down' }),
      () => mergeCategory(actor, { id: w.work.id, targetId: w.family.id, confirm: 'on' }),
    ]
    const before = await snapshot()
    for (const [actor, code] of others)
      for (const attempt of attempts(actor)) expect(errorOf(await attempt())?.code).toBe(code)
    expect(await snapshot()).toEqual(before)

    for (const attempt of attempts(w.admin)) unwrap(await attempt())
    const { rows } = await getDb().execute<{
      action: string
      actorId: number
      targetType: string
      targetId: number
      before: unknown
      after: unknown
    }>(sql`
      select action, actor_id as "actorId", target_type as "targetType", target_id as "targetId", before, after from audit_log order by id`)
    expect(rows.map((r) => [r.action, r.actorId, r.targetType])).toEqual([
      ['category_create', w.admin.id, 'category'],
      ['category_update', w.admin.id, 'category'],
      ['category_move', w.admin.id, 'category'],
      ['category_reorder', w.admin.id, 'category'],
      ['category_merge', w.admin.id, 'category'],
    ])
    expect(rows[1]).toMatchObject({
      targetId: w.work.id,
      before: { name: 'Work', path: 'work' },
      after: { name: 'Nope', path: 'nope' },
    })
    expect(rows[2]).toMatchObject({
      targetId: w.work.id,
      before: { parentId: null, path: 'nope' },
      after: { parentId: w.family.id, path: 'family/nope' },
    })
    expect(rows[3]).toMatchObject({ targetId: w.family.id, before: { position: 1 }, after: { position: 2 } })
    expect(rows[4]).toMatchObject({
      targetId: w.work.id,
      before: { path: 'family/nope', questions: 1 },
      after: { mergedInto: { id: w.family.id } },
    })
    expect(await findCounterDrift(getDb())).toEqual([])
  })
})
