import { sql } from 'drizzle-orm'
import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { editPost } from '@/lib/posts/mutations'
import { readSearchInput } from '@/lib/search/read-input'
import { searchQuestions } from '@/lib/search/queries'
import { memberOf } from '../factories/actors'
import { acceptAnswer, createAnswer, createCategory, createQuestion, createUser } from '../factories/community'
import { closeDb, getDb, resetDatabase } from '../factories/db'

beforeEach(resetDatabase)
afterAll(closeDb)

const search = async (params: Record<string, string>) => {
  const { input, errors } = await readSearchInput(params)
  return { ...(await searchQuestions(input)), errors }
}
const titles = async (params: Record<string, string>) => (await search(params)).hits.map((h) => h.title)

describe('search ranking and matching', () => {
  it('ranks a title match above tags, body and answers', async () => {
    const c = await createCategory('Sleep')
    await createQuestion({ categoryId: c.id, title: 'Only my answers talk about it', body: 'Nothing here.' }).then(
      (q) => createAnswer(q.id, { body: 'Insomnia got better with a fixed wake-up time.' }),
    )
    await createQuestion({
      categoryId: c.id,
      title: 'A question whose body mentions it',
      body: 'I have had insomnia for a month.',
    })
    await createQuestion({
      categoryId: c.id,
      title: 'Tagged but otherwise silent',
      body: 'Nothing here.',
      tags: ['insomnia'],
    })
    await createQuestion({ categoryId: c.id, title: 'Insomnia after a breakup', body: 'Nothing here.' })
    await createQuestion({ categoryId: c.id, title: 'Unrelated question about cooking', body: 'Pasta.' })
    expect(await titles({ q: 'insomnia' })).toEqual([
      'Insomnia after a breakup',
      'Tagged but otherwise silent',
      'A question whose body mentions it',
      'Only my answers talk about it',
    ])
  })

  it('lifts better-voted and answered-with-a-best-answer questions among equal matches', async () => {
    const c = await createCategory('Work')
    await createQuestion({ categoryId: c.id, title: 'Burnout at a new job', score: 0 })
    await createQuestion({ categoryId: c.id, title: 'Burnout in my second year', score: 25 })
    const accepted = await createQuestion({
      categoryId: c.id,
      title: 'Burnout and a manager who does not listen',
      score: 0,
    })
    const a = await createAnswer(accepted.id, { body: 'Talk to HR.' })
    await acceptAnswer(accepted.id, a.id)
    expect(await titles({ q: 'burnout' })).toEqual([
      'Burnout in my second year',
      'Burnout and a manager who does not listen',
      'Burnout at a new job',
    ])
  })

  it('stems English words, matches quoted phrases and honours -exclusions', async () => {
    const c = await createCategory('Anxiety')
    await createQuestion({
      categoryId: c.id,
      title: 'Panic attack on the train every morning',
      body: 'It started at work.',
    })
    await createQuestion({ categoryId: c.id, title: 'Attack of nerves: panic before exams', body: 'Only at school.' })
    await createQuestion({ categoryId: c.id, title: 'Sleeping badly since the move', body: 'New flat.' })
    expect(await titles({ q: 'sleep' })).toEqual(['Sleeping badly since the move'])
    expect((await titles({ q: 'panic attacks' })).sort()).toEqual([
      'Attack of nerves: panic before exams',
      'Panic attack on the train every morning',
    ])
    expect(await titles({ q: '"panic attack"' })).toEqual(['Panic attack on the train every morning'])
    expect(await titles({ q: 'panic -work' })).toEqual(['Attack of nerves: panic before exams'])
  })

  it('marks matched words in the snippet, with no markup from the posts in it', async () => {
    const c = await createCategory('Family')
    await createQuestion({
      categoryId: c.id,
      title: 'My sister <script>alert(1)</script> ignores me',
      body: 'We used to be close; my sister stopped calling.',
    })
    const [hit] = (await search({ q: 'sister' })).hits
    expect(hit!.snippet).toContain('\u0001sister\u0002')
    expect(hit!.snippet).not.toContain('<')
  })
})

describe('search filters', () => {
  it('filters by category subtree, tag, answer state and date', async () => {
    const root = await createCategory('Relationships')
    const child = await createCategory('Dating', { id: root.id, path: root.path, depth: root.depth })
    const other = await createCategory('Work')
    const inChild = await createQuestion({
      categoryId: child.id,
      title: 'Trust after cheating, dating again',
      tags: ['trust'],
      createdAt: new Date('2025-03-01'),
    })
    await createQuestion({
      categoryId: other.id,
      title: 'Trust issues with my manager',
      createdAt: new Date('2026-06-01'),
    })
    const answered = await createQuestion({
      categoryId: root.id,
      title: 'Rebuilding trust in a marriage',
      createdAt: new Date('2026-01-10'),
    })
    const a = await createAnswer(answered.id, { body: 'Therapy helped us.' })
    await getDb().execute(sql`update questions set answer_count = 1 where id = ${answered.id}`)
    await acceptAnswer(answered.id, a.id)
    await getDb().execute(sql`update questions set answer_count = 1 where id = ${inChild.id}`)

    expect((await titles({ q: 'trust', category: String(root.id) })).sort()).toEqual([
      'Rebuilding trust in a marriage',
      'Trust after cheating, dating again',
    ])
    expect(await titles({ q: 'trust', category: String(child.id) })).toEqual(['Trust after cheating, dating again'])
    expect(await titles({ q: 'trust', tag: 'Trust' })).toEqual(['Trust after cheating, dating again'])
    expect(await titles({ q: 'trust', status: 'unanswered' })).toEqual(['Trust issues with my manager'])
    expect(await titles({ q: 'trust', status: 'accepted' })).toEqual(['Rebuilding trust in a marriage'])
    expect((await titles({ q: 'trust', status: 'answered' })).sort()).toEqual([
      'Rebuilding trust in a marriage',
      'Trust after cheating, dating again',
    ])
    expect(await titles({ q: 'trust', from: '2026-01-01', to: '2026-01-31' })).toEqual([
      'Rebuilding trust in a marriage',
    ])
  })

  it('explains filters it cannot use next to their fields and still searches', async () => {
    const c = await createCategory('Grief')
    await createQuestion({ categoryId: c.id, title: 'Grief after losing a pet' })
    const result = await search({ q: 'grief', category: '999999', from: '2026-13-45', status: 'sometimes', tag: '!!' })
    expect(result.errors).toEqual({
      category: expect.any(String),
      from: expect.any(String),
      status: expect.any(String),
      tag: expect.any(String),
    })
    expect(result.hits.map((h) => h.title)).toEqual(['Grief after losing a pet'])
  })
})

describe('keeping the index current', () => {
  it('never returns hidden, deleted or pending questions', async () => {
    const c = await createCategory('Loneliness')
    for (const status of ['visible', 'hidden', 'deleted', 'pending'] as const)
      await createQuestion({ categoryId: c.id, title: `Loneliness question that is ${status}`, status })
    expect(await titles({ q: 'loneliness' })).toEqual(['Loneliness question that is visible'])
  })

  it('follows edits, new answers and answers that are removed', async () => {
    const c = await createCategory('Health')
    const author = await createUser()
    const q = await createQuestion({
      categoryId: c.id,
      authorId: author.id,
      title: 'Headaches every afternoon',
      body: 'Since March.',
    })
    expect(await titles({ q: 'migraine' })).toEqual([])
    const edited = await editPost(memberOf(author), {
      postId: q.id,
      title: 'Migraine every afternoon',
      body: 'Since March.',
      categoryId: c.id,
      tags: [],
    })
    expect(edited.ok).toBe(true)
    expect(await titles({ q: 'migraine' })).toEqual(['Migraine every afternoon'])
    expect(await titles({ q: 'headaches' })).toEqual([])

    const answer = await createAnswer(q.id, { body: 'Try drinking more water and check your posture.' })
    expect(await titles({ q: 'posture' })).toEqual(['Migraine every afternoon'])
    await getDb().execute(sql`update answers set status = 'deleted' where id = ${answer.id}`)
    expect(await titles({ q: 'posture' })).toEqual([])
  })
})

describe('hostile and odd input', () => {
  const odd: [string, string][] = [
    ['a lone quote', '"'],
    ['an apostrophe', "'"],
    ['an unclosed phrase', '"unclosed phrase'],
    ['operators only', '&&& ||| !!!'],
    ['tsquery syntax', 'sleep:* <-> !work'],
    ['brackets', '((('],
    ['a lone minus', '-'],
    ['or or or', 'or or or'],
    ['accents', 'ñandú über café'],
    ['emoji', '😀 🙃'],
    ['a NUL byte', 'null\u0000byte'],
    ['10,000 characters', 'x'.repeat(10_000)],
    ['LIKE wildcards', '%_\\'],
    ['stop words only', 'the a an of'],
  ]
  it.each(odd)('answers %s with results or a message, never an error', async (_label, q) => {
    const c = await createCategory('Misc')
    await createQuestion({ categoryId: c.id, title: 'Café conversations about sleep and work' })
    const result = await search({ q })
    expect(Array.isArray(result.hits)).toBe(true)
    if (result.hits.length === 0) expect(result.notice === null || typeof result.notice === 'string').toBe(true)
  })

  it('says what to do with an empty search or one made of common words only', async () => {
    expect((await search({ q: '   ' })).notice).toMatch(/Type a few words/)
    expect((await search({ q: 'the and of' })).notice).toMatch(/too common/)
    expect((await search({ q: 'y'.repeat(10_000) })).notice).toMatch(/first 300 characters/)
  })

  it('finds accented words typed with their accents', async () => {
    const c = await createCategory('Languages')
    await createQuestion({ categoryId: c.id, title: 'Ansiedad y café: ¿qué hago?' })
    expect(await titles({ q: 'café' })).toEqual(['Ansiedad y café: ¿qué hago?'])
  })
})

describe('searching a large site', () => {
  /** 6,000 questions about grief (enough for the statistics to call the word common), 3 about the xylophone. */
  async function largeSite() {
    const c = await createCategory('Grief')
    const old = await createQuestion({
      categoryId: c.id,
      title: 'Grief, the best-voted one',
      score: 50,
      createdAt: new Date('2020-01-01'),
    })
    await getDb().execute(sql`
      insert into questions (title, slug, body, category_id, category1_id, score, created_at, last_activity_at)
      select 'Grief question ' || g, 'grief-question-' || g, case when g % 2000 = 0 then 'Grief and a xylophone.' else 'Thinking of grief.' end,
        ${c.id}, ${c.id}, 0, now() - g * interval '1 minute', now()
      from generate_series(1, 6000) g`)
    await getDb().execute(sql`analyze questions`)
    return { old }
  }

  it('ranks a common word among the 500 best-voted and the 500 newest matches, and says so past page 50', async () => {
    const { old } = await largeSite()
    const pages = await Promise.all(Array.from({ length: 50 }, (_, i) => search({ q: 'grief', page: String(i + 1) })))
    const ids = pages.flatMap((p) => p.hits.map((h) => h.id))
    // The oldest question makes the cut by its votes, not by its age; nothing is listed twice.
    expect(ids).toHaveLength(1_000)
    expect(new Set(ids).size).toBe(1_000)
    expect(ids).toContain(old.id)
    // Both windows: the newest by date (question 1) and, among equal votes, the highest id (question 6000).
    const all = pages.flatMap((p) => p.hits.map((h) => h.title))
    expect(all).toEqual(expect.arrayContaining(['Grief question 1', 'Grief question 6000']))
    expect(all).not.toContain('Grief question 3000')
    expect(pages[0]!.hasMore).toBe(true)
    expect(pages[49]!.hits).toHaveLength(20)
    expect(pages[49]!.hasMore).toBe(false)
    const beyond = await search({ q: 'grief', page: '51' })
    expect(beyond.hits).toEqual([])
    expect(beyond.notice).toMatch(/best 1,000 matches are shown\. Add a word or a filter/)
  })

  it('finds every match of a rare word, also next to a common one, and nothing for a word excluded from itself', async () => {
    await largeSite()
    expect(await titles({ q: 'xylophone' })).toEqual([
      'Grief question 2000',
      'Grief question 4000',
      'Grief question 6000',
    ])
    expect(await titles({ q: 'grief xylophone' })).toHaveLength(3)
    expect((await search({ q: 'grief -grief' })).hits).toEqual([])
    const excluding = (await search({ q: 'grief -thinking' })).hits.map((h) => h.title)
    expect(excluding).toContain('Grief, the best-voted one')
    expect(
      excluding.every((t) =>
        ['Grief, the best-voted one', 'Grief question 2000', 'Grief question 4000', 'Grief question 6000'].includes(t),
      ),
    ).toBe(true)
  })
})

describe('similar questions while asking', () => {
  it('lists questions sharing any of the draft’s words, title matches first, never hidden ones', async () => {
    const { listSimilarQuestions } = await import('@/lib/questions/similar')
    const c = await createCategory('Therapy')
    await createQuestion({ categoryId: c.id, title: 'Is it OK for a therapist to date a former patient?' })
    await createQuestion({ categoryId: c.id, title: 'Finding a cheap counsellor', body: 'My therapist retired.' })
    await createQuestion({ categoryId: c.id, title: 'Therapist dating rules explained', status: 'hidden' })
    await createQuestion({ categoryId: c.id, title: 'Cooking for one' })
    expect((await listSimilarQuestions('Can my therapist date me?')).map((q) => q.title)).toEqual([
      'Is it OK for a therapist to date a former patient?',
      'Finding a cheap counsellor',
    ])
    expect(await listSimilarQuestions('?? !!')).toEqual([])
  })
})
