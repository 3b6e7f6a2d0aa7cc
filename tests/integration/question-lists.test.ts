import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { listQuestions, type QuestionFilter, type QuestionSort } from '@/lib/questions/list-queries'
import { getTag } from '@/lib/tags/queries'
import {
  acceptAnswer,
  castVotes,
  createAnswer,
  createCategory,
  createQuestion,
  createUser,
  recount,
} from '../factories/community'
import { closeDb, resetDatabase } from '../factories/db'

const T0 = Date.parse('2025-01-01T00:00:00.000Z')
const day = (n: number) => new Date(T0 + n * 86_400_000)

beforeEach(resetDatabase)
afterAll(closeDb)

const ids = async (filter: QuestionFilter, sort: QuestionSort = 'newest', page = 1, pageSize = 50) =>
  (await listQuestions({ filter, sort, page, pageSize })).items.map((q) => q.id)

/** Adds a hidden, a deleted and a pending question that would top every sort if they were listed. */
async function addInvisible(over: Parameters<typeof createQuestion>[0] = {}) {
  const out = []
  for (const status of ['hidden', 'deleted', 'pending'] as const) {
    const q = await createQuestion({ status, createdAt: day(100), lastActivityAt: day(100), tags: ['sleep'], ...over })
    await castVotes(q.id, 'question', [1, 1, 1, 1, 1])
    for (let i = 0; i < 3; i++) await createAnswer(q.id, { createdAt: day(100) })
    out.push(q)
  }
  return out
}

/** Five visible questions with a tie in every sort, so the id tie-breaker always matters. */
async function buildSortFixture() {
  const a = await createQuestion({ createdAt: day(1), lastActivityAt: day(10), tags: ['sleep'] })
  const b = await createQuestion({ createdAt: day(3), lastActivityAt: day(3) })
  const c = await createQuestion({ createdAt: day(3), lastActivityAt: day(8), tags: ['sleep', 'work'] })
  const d = await createQuestion({ createdAt: day(2), lastActivityAt: day(8) })
  const e = await createQuestion({ createdAt: day(0), lastActivityAt: day(0) })
  await castVotes(a.id, 'question', [1, 1])
  await castVotes(b.id, 'question', [1, 1, 1, -1])
  await castVotes(d.id, 'question', [-1])
  const accepted = await createAnswer(a.id, { createdAt: day(1.5) })
  await acceptAnswer(a.id, accepted.id)
  await createAnswer(c.id, { createdAt: day(4) })
  await createAnswer(c.id, { createdAt: day(4) })
  await createAnswer(d.id, { createdAt: day(5) })
  // e's answers come after it was asked, so recount moves its last activity to day 0.5.
  await createAnswer(e.id, { createdAt: day(0.5) })
  await createAnswer(e.id, { createdAt: day(0.5) })
  await createAnswer(b.id, { status: 'hidden', createdAt: day(20) })
  const invisible = await addInvisible()
  await recount()
  return { a, b, c, d, e, invisible }
}

describe('listQuestions sorts', () => {
  it('orders by each sort with id desc breaking ties, never listing hidden, deleted or pending questions', async () => {
    const { a, b, c, d, e } = await buildSortFixture()
    expect(await ids({ kind: 'all' }, 'newest')).toEqual([c.id, b.id, d.id, a.id, e.id])
    expect(await ids({ kind: 'all' }, 'active')).toEqual([a.id, d.id, c.id, b.id, e.id])
    expect(await ids({ kind: 'all' }, 'votes')).toEqual([b.id, a.id, e.id, c.id, d.id])
    expect(await ids({ kind: 'all' }, 'answers')).toEqual([e.id, c.id, d.id, a.id, b.id])
  })

  it('reports score, answer count, accepted answer, tags and dates on each row', async () => {
    const { a, b, c, e } = await buildSortFixture()
    const page = await listQuestions({ filter: { kind: 'all' }, sort: 'newest', page: 1 })
    const row = (id: number) => page.items.find((q) => q.id === id)!
    expect(row(a.id)).toMatchObject({
      score: 2,
      answerCount: 1,
      hasAcceptedAnswer: true,
      tags: ['sleep'],
      createdAt: day(1).toISOString(),
    })
    expect(row(b.id)).toMatchObject({ score: 2, answerCount: 0, hasAcceptedAnswer: false, tags: [] })
    expect(row(c.id)).toMatchObject({ score: 0, answerCount: 2, hasAcceptedAnswer: false, tags: ['sleep', 'work'] })
    expect(row(e.id).lastActivityAt).toBe(day(0.5).toISOString())
  })

  it('filters unanswered questions, counting a question with only a hidden answer as unanswered', async () => {
    const { b } = await buildSortFixture()
    const page = await listQuestions({ filter: { kind: 'unanswered' }, sort: 'newest', page: 1 })
    expect(page.items.map((q) => q.id)).toEqual([b.id])
    expect(page.total).toBe(1)
  })

  it('sorts unanswered questions newest first or by votes', async () => {
    const quiet = await createQuestion({ createdAt: day(3) })
    const wanted = await createQuestion({ createdAt: day(1) })
    const newest = await createQuestion({ createdAt: day(5) })
    await castVotes(wanted.id, 'question', [1, 1, 1])
    await castVotes(quiet.id, 'question', [1])
    await addInvisible({ createdAt: day(6) })
    await recount()
    const list = async (sort: 'newest' | 'votes') =>
      (await listQuestions({ filter: { kind: 'unanswered' }, sort, page: 1 })).items.map((q) => q.id)
    expect(await list('newest')).toEqual([newest.id, quiet.id, wanted.id])
    expect(await list('votes')).toEqual([wanted.id, quiet.id, newest.id])
  })

  it('filters by tag and by author', async () => {
    const { a, c } = await buildSortFixture()
    const sleep = (await getTag('sleep'))!
    expect(await ids({ kind: 'tag', id: sleep.id, name: 'sleep' })).toEqual([c.id, a.id])
    const work = (await getTag('work'))!
    expect(await ids({ kind: 'tag', id: work.id, name: 'work' })).toEqual([c.id])

    const author = await createUser()
    const other = await createUser()
    const first = await createQuestion({ authorId: author.id, createdAt: day(1) })
    const second = await createQuestion({ authorId: author.id, createdAt: day(2) })
    await createQuestion({ authorId: other.id, createdAt: day(3) })
    await addInvisible({ authorId: author.id })
    await recount()
    expect(await ids({ kind: 'author', id: author.id })).toEqual([second.id, first.id])
    expect(await ids({ kind: 'author', id: 999_999 })).toEqual([])
  })
})

describe('listQuestions pagination', () => {
  it('splits seven questions into pages of three, with an empty page beyond the end', async () => {
    const made = []
    for (let i = 0; i < 7; i++) made.push(await createQuestion({ createdAt: day(i) }))
    await addInvisible()
    await recount()
    const newestFirst = made.map((q) => q.id).reverse()
    const pages = []
    for (const page of [1, 2, 3, 4])
      pages.push(await listQuestions({ filter: { kind: 'all' }, sort: 'newest', page, pageSize: 3 }))
    expect(pages.map((p) => p.items.map((q) => q.id))).toEqual([
      newestFirst.slice(0, 3),
      newestFirst.slice(3, 6),
      newestFirst.slice(6),
      [],
    ])
    for (const [i, p] of pages.entries()) expect(p).toMatchObject({ page: i + 1, total: 7, pageCount: 3 })
    const exact = await listQuestions({ filter: { kind: 'all' }, sort: 'newest', page: 2, pageSize: 7 })
    expect(exact).toMatchObject({ items: [], total: 7, pageCount: 1 })
  })

  it('has one empty page when nothing is visible', async () => {
    await addInvisible()
    await recount()
    expect(await listQuestions({ filter: { kind: 'all' }, sort: 'votes', page: 1 })).toEqual({
      items: [],
      page: 1,
      total: 0,
      pageCount: 1,
    })
  })
})

describe('listQuestions category filter', () => {
  it('includes every subcategory below the filtered one and excludes other branches', async () => {
    const root = await createCategory('Anxiety')
    const child = await createCategory('Panic', root)
    const grandchild = await createCategory('At night', child)
    const leaf = await createCategory('While driving', grandchild)
    const otherRoot = await createCategory('Depression')
    const otherChild = await createCategory('Low mood', otherRoot)
    const sibling = await createCategory('Social anxiety', root)
    const inRoot = await createQuestion({ categoryId: root.id, createdAt: day(1) })
    const inChild = await createQuestion({ categoryId: child.id, createdAt: day(2) })
    const inGrandchild = await createQuestion({ categoryId: grandchild.id, createdAt: day(3) })
    const inLeaf = await createQuestion({ categoryId: leaf.id, createdAt: day(4) })
    const inSibling = await createQuestion({ categoryId: sibling.id, createdAt: day(5) })
    await createQuestion({ categoryId: otherChild.id, createdAt: day(6) })
    await createQuestion({ categoryId: otherRoot.id, createdAt: day(7) })
    await createQuestion({ createdAt: day(8) })
    await addInvisible({ categoryId: grandchild.id })
    await recount()

    const byCategory = (c: { id: number; depth: number }) => ids({ kind: 'category', id: c.id, depth: c.depth })
    expect(await byCategory(root)).toEqual([inSibling.id, inLeaf.id, inGrandchild.id, inChild.id, inRoot.id])
    expect(await byCategory(child)).toEqual([inLeaf.id, inGrandchild.id, inChild.id])
    expect(await byCategory(grandchild)).toEqual([inLeaf.id, inGrandchild.id])
    expect(await byCategory(leaf)).toEqual([inLeaf.id])
    expect(await byCategory(sibling)).toEqual([inSibling.id])
    const page = await listQuestions({ filter: { kind: 'category', id: root.id, depth: 1 }, sort: 'newest', page: 1 })
    expect(page.total).toBe(5)
    expect(page.items.find((q) => q.id === inLeaf.id)!.category).toEqual({
      id: leaf.id,
      name: 'While driving',
      path: 'anxiety/panic/at-night/while-driving',
    })
    expect(page.items.find((q) => q.id === inRoot.id)!.category).toEqual({
      id: root.id,
      name: 'Anxiety',
      path: 'anxiety',
    })
  })
})

describe('listQuestions rows', () => {
  it('gives a plain-text excerpt with no markdown or HTML left in it', async () => {
    const body = [
      '# A heading',
      '',
      '**Bold** and _emphasis_ with a [link](https://x.test/page) and `code` and ![an image](https://x.test/i.png).',
      '',
      '- item one',
      '1. item two',
      '> quoted',
      '',
      '<b>raw</b> html',
      '',
      '```',
      'const hidden = 1',
      '```',
    ].join('\n')
    await createQuestion({ body })
    const long = await createQuestion({ body: `${'word '.repeat(100)}**end**` })
    await recount()
    const items = (await listQuestions({ filter: { kind: 'all' }, sort: 'newest', page: 1 })).items
    const md = items.find((q) => q.id !== long.id)!
    expect(md.excerpt).toBe(
      'A heading Bold and emphasis with a link and code and an image. item one item two quoted raw html',
    )
    for (const q of items) expect(q.excerpt).not.toMatch(/[<>*#`[\]]|\]\(|https?:/)
    const cut = items.find((q) => q.id === long.id)!.excerpt
    expect(cut.length).toBeLessThanOrEqual(180)
    expect(cut.endsWith('…')).toBe(true)
  })

  it('takes the excerpt from the prose after a long code block', async () => {
    const body = '```\n' + 'const value_here = compute(1)\n'.repeat(30) + '```\n\nWhy does this loop never finish?'
    await createQuestion({ body })
    await recount()
    const [row] = (await listQuestions({ filter: { kind: 'all' }, sort: 'newest', page: 1 })).items
    expect(row!.excerpt).toBe('Why does this loop never finish?')
  })

  it('shows member and anonymous authors without the anonymous email', async () => {
    const member = await createUser({ displayName: 'Mina Member' })
    const q = await createQuestion({ authorId: member.id, createdAt: day(2) })
    await createQuestion({ anonName: 'shy-person', anonEmail: 'shy@example.com', createdAt: day(1) })
    await recount()
    const page = await listQuestions({ filter: { kind: 'all' }, sort: 'newest', page: 1 })
    expect(page.items.map((i) => i.author)).toEqual([
      { kind: 'user', id: member.id, handle: member.handle, name: 'Mina Member', points: 120 },
      { kind: 'anonymous', name: 'shy-person' },
    ])
    expect(page.items[0]!.id).toBe(q.id)
    expect(JSON.stringify(page)).not.toContain('shy@example.com')
  })
})
