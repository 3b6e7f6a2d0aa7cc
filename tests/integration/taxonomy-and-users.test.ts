import { eq } from 'drizzle-orm'
import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { categories } from '@/db/schema'
import { getCategoryByPath, listCategoryTree } from '@/lib/categories/queries'
import { getTag, listTags } from '@/lib/tags/queries'
import { getUserProfile, listUserAnswers, listUsers } from '@/lib/users/queries'
import { acceptAnswer, createAnswer, createCategory, createQuestion, createUser, recount } from '../factories/community'
import { closeDb, getDb, resetDatabase } from '../factories/db'

const T0 = Date.parse('2025-02-01T00:00:00.000Z')
const day = (n: number) => new Date(T0 + n * 86_400_000)

beforeEach(resetDatabase)
afterAll(closeDb)

async function buildCategories() {
  const zen = await createCategory('Zen')
  const anxiety = await createCategory('Anxiety')
  const panic = await createCategory('Panic', anxiety)
  const social = await createCategory('Social', anxiety)
  const night = await createCategory('At night', panic)
  // Position beats name: Zen is listed first among the roots, Social before Panic.
  await getDb().update(categories).set({ position: -1 }).where(eq(categories.id, zen.id))
  await getDb().update(categories).set({ position: 1 }).where(eq(categories.id, panic.id))
  await createQuestion({ categoryId: night.id })
  await createQuestion({ categoryId: night.id, status: 'hidden' })
  await createQuestion({ categoryId: panic.id })
  await createQuestion({ categoryId: social.id })
  await createQuestion({ categoryId: anxiety.id, status: 'pending' })
  await recount()
  return { zen, anxiety, panic, social, night }
}

describe('categories', () => {
  it('lists the tree in display order with subtree question counts of visible questions', async () => {
    await buildCategories()
    const tree = await listCategoryTree()
    const shape = (nodes: typeof tree): unknown =>
      nodes.map((n) => [n.name, n.questionCount, ...(n.children.length ? [shape(n.children)] : [])])
    expect(shape(tree)).toEqual([
      ['Zen', 0],
      [
        'Anxiety',
        3,
        [
          ['Social', 1],
          ['Panic', 2, [['At night', 1]]],
        ],
      ],
    ])
    expect(tree[1]!.children[1]!.children[0]).toMatchObject({
      path: 'anxiety/panic/at-night',
      depth: 3,
      slug: 'at-night',
    })
  })

  it('finds a category by path with its ancestors root first and its direct children', async () => {
    const { anxiety, panic, night } = await buildCategories()
    const found = await getCategoryByPath('anxiety/panic/at-night')
    expect(found).toMatchObject({ id: night.id, name: 'At night', depth: 3, questionCount: 1, children: [] })
    expect(found!.ancestors).toEqual([
      { id: anxiety.id, name: 'Anxiety', path: 'anxiety' },
      { id: panic.id, name: 'Panic', path: 'anxiety/panic' },
    ])
    const middle = (await getCategoryByPath('anxiety/panic'))!
    expect(middle.ancestors.map((a) => a.id)).toEqual([anxiety.id])
    expect(middle.children).toHaveLength(1)
    expect(middle.children[0]).toMatchObject({ id: night.id, path: 'anxiety/panic/at-night' })
    expect(middle.children[0]).not.toHaveProperty('children')
    const root = (await getCategoryByPath('anxiety'))!
    expect(root.ancestors).toEqual([])
    expect(root.children.map((c) => c.name)).toEqual(['Social', 'Panic'])
  })

  it('returns null for unknown paths', async () => {
    await buildCategories()
    for (const path of ['nope', 'anxiety/nope', 'anxiety/panic/at-night/deeper', 'anx', 'panic', '']) {
      expect(await getCategoryByPath(path)).toBeNull()
    }
  })
})

describe('tags', () => {
  it('lists only tags in use by visible questions, by count then name', async () => {
    await createQuestion({ tags: ['zeta', 'alpha', 'busy'] })
    await createQuestion({ tags: ['zeta', 'alpha', 'busy'] })
    await createQuestion({ tags: ['busy', 'lonely'] })
    await createQuestion({ tags: ['busy', 'ghost'], status: 'hidden' })
    await createQuestion({ tags: ['ghost', 'zeta'], status: 'deleted' })
    await recount()
    const page = await listTags(1)
    expect(page.items.map((t) => [t.name, t.questionCount])).toEqual([
      ['busy', 3],
      ['alpha', 2],
      ['zeta', 2],
      ['lonely', 1],
    ])
    expect(page).toMatchObject({ page: 1, total: 4, pageCount: 1 })
    expect((await listTags(2)).items).toEqual([])
  })

  it('gets one tag by name, including an unused one', async () => {
    await createQuestion({ tags: ['sleep'] })
    await createQuestion({ tags: ['ghost'], status: 'hidden' })
    await recount()
    expect(await getTag('sleep')).toMatchObject({ name: 'sleep', description: '', questionCount: 1 })
    expect(await getTag('ghost')).toMatchObject({ name: 'ghost', questionCount: 0 })
    expect(await getTag('missing')).toBeNull()
  })
})

describe('users', () => {
  it('lists members by points, then id, leaving out suspended members', async () => {
    const asker = await createUser()
    const answerer = await createUser()
    const idleA = await createUser()
    const idleB = await createUser()
    const suspended = await createUser({ isSuspended: true })
    const q = await createQuestion({ authorId: asker.id })
    await createAnswer(q.id, { authorId: answerer.id })
    await createAnswer(q.id, { authorId: suspended.id })
    await createAnswer(q.id, { authorId: suspended.id })
    await recount()
    const page = await listUsers(1)
    expect(page.items.map((u) => [u.id, u.points])).toEqual([
      [answerer.id, 140],
      [asker.id, 120],
      [idleA.id, 100],
      [idleB.id, 100],
    ])
    expect(page).toMatchObject({ page: 1, total: 4, pageCount: 1 })
    expect(page.items[0]).toEqual({
      id: answerer.id,
      handle: answerer.handle,
      name: answerer.displayName,
      points: 140,
      role: 'member',
      joinedAt: answerer.createdAt.toISOString(),
    })
    expect(JSON.stringify(page)).not.toContain('@test.invalid')
  })

  it('counts only visible questions, answers and accepted answers on a profile; suspended members have none', async () => {
    const user = await createUser({ bio: 'Night-shift nurse.' })
    const other = await createUser()
    const suspended = await createUser({ isSuspended: true })
    await createQuestion({ authorId: user.id })
    await createQuestion({ authorId: user.id })
    await createQuestion({ authorId: user.id, status: 'hidden' })
    await createQuestion({ authorId: user.id, status: 'pending' })
    const q1 = await createQuestion({ authorId: other.id })
    const q2 = await createQuestion({ authorId: other.id })
    const q3 = await createQuestion({ authorId: other.id })
    const accepted = await createAnswer(q1.id, { authorId: user.id })
    await acceptAnswer(q1.id, accepted.id)
    await createAnswer(q2.id, { authorId: user.id })
    const hiddenAccepted = await createAnswer(q3.id, { authorId: user.id, status: 'hidden' })
    await acceptAnswer(q3.id, hiddenAccepted.id)
    await createAnswer(q2.id, { authorId: user.id, status: 'deleted' })
    await recount()
    const profile = await getUserProfile(user.id)
    expect(profile).toMatchObject({
      id: user.id,
      bio: 'Night-shift nurse.',
      questionCount: 2,
      answerCount: 2,
      acceptedCount: 1,
    })
    // 100 + 10 × (2 × 2 asked + 4 × 2 answered + 30 accepted).
    expect(profile!.points).toBe(520)
    expect(profile).not.toHaveProperty('email')
    expect(await getUserProfile(suspended.id)).toBeNull()
    expect(await getUserProfile(999_999)).toBeNull()
  })

  it("lists a member's visible answers on visible questions, newest first, marking accepted ones", async () => {
    const user = await createUser()
    const qa = await createQuestion({ title: 'First visible question' })
    const qb = await createQuestion({ title: 'Second visible question' })
    const hiddenQ = await createQuestion({ status: 'hidden' })
    const acceptedOld = await createAnswer(qa.id, { authorId: user.id, createdAt: day(1) })
    await acceptAnswer(qa.id, acceptedOld.id)
    const plainNew = await createAnswer(qb.id, { authorId: user.id, createdAt: day(3) })
    await createAnswer(qb.id, { authorId: user.id, status: 'hidden', createdAt: day(4) })
    await createAnswer(qb.id, { authorId: user.id, status: 'pending', createdAt: day(5) })
    await createAnswer(hiddenQ.id, { authorId: user.id, createdAt: day(6) })
    await createAnswer(qb.id, { createdAt: day(7) })
    await recount()
    const list = await listUserAnswers(user.id)
    expect(list).toEqual([
      {
        id: plainNew.id,
        score: 0,
        createdAt: day(3).toISOString(),
        isAccepted: false,
        question: { id: qb.id, slug: qb.slug, title: 'Second visible question' },
      },
      {
        id: acceptedOld.id,
        score: 0,
        createdAt: day(1).toISOString(),
        isAccepted: true,
        question: { id: qa.id, slug: qa.slug, title: 'First visible question' },
      },
    ])
    expect((await listUserAnswers(user.id, 1)).map((a) => a.id)).toEqual([plainNew.id])
  })
})
