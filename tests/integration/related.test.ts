import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { listRelatedQuestions } from '@/lib/questions/related-queries'
import { castVotes, createAnswer, createCategory, createQuestion, recount } from '../factories/community'
import { closeDb, resetDatabase } from '../factories/db'
import { getDb } from '@/db/client'
import { sql } from 'drizzle-orm'

beforeEach(resetDatabase)
afterAll(closeDb)

let n = 0
/** A title of its own (factory titles all share words, which would relate everything). */
const title = (words: string) =>
  `${words} ${['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india', 'juliet', 'kilo', 'lima', 'mike', 'november', 'oscar', 'papa', 'quebec', 'romeo'][n++ % 18]}`

async function buildFixture() {
  n = 0
  const sleep = await createCategory('Sleep')
  const other = await createCategory('Work')
  const self = await createQuestion({
    title: 'Cannot sleep before exams',
    categoryId: sleep.id,
    tags: ['insomnia', 'exams', 'stress'],
  })
  const three = await createQuestion({
    title: title('Three shared tags'),
    tags: ['insomnia', 'exams', 'stress', 'extra'],
  })
  const twoHighScore = await createQuestion({ title: title('Two tags voted'), tags: ['insomnia', 'exams'] })
  const twoLowOlder = await createQuestion({ title: title('Two tags older'), tags: ['exams', 'stress'] })
  const twoLowNewer = await createQuestion({ title: title('Two tags newer'), tags: ['insomnia', 'stress'] })
  // Shares one tag and is also in the same category: listed once, by its tag.
  const one = await createQuestion({ title: title('One tag only'), categoryId: sleep.id, tags: ['stress'] })
  // Shares two title words ("sleep", "exams") and no tag.
  const twoWords = await createQuestion({ title: 'How much sleep do you need during exams?', tags: ['diet'] })
  // Shares one title word: not enough to be related.
  const oneWord = await createQuestion({ title: title('Sleep tracking gadgets'), tags: ['gadgets'] })
  const hiddenThree = await createQuestion({
    title: 'Sleep before exams, hidden',
    status: 'hidden',
    tags: ['insomnia', 'exams', 'stress'],
  })
  const deletedTwo = await createQuestion({
    title: title('Deleted two tags'),
    status: 'deleted',
    tags: ['insomnia', 'exams'],
  })
  const pendingOne = await createQuestion({
    title: 'Sleep before exams, pending',
    status: 'pending',
    categoryId: sleep.id,
    tags: ['stress'],
  })
  const unrelated = await createQuestion({ title: title('Vegetables for breakfast'), tags: ['diet'] })
  const sameCategoryHigh = await createQuestion({ title: title('Category neighbour voted'), categoryId: sleep.id })
  const sameCategoryLow = await createQuestion({ title: title('Category neighbour quiet'), categoryId: sleep.id })
  const hiddenSameCategory = await createQuestion({
    title: title('Category neighbour hidden'),
    categoryId: sleep.id,
    status: 'hidden',
  })
  const otherCategory = await createQuestion({ title: title('Other category question'), categoryId: other.id })
  await castVotes(twoHighScore.id, 'question', [1, 1, 1, 1, 1])
  await castVotes(twoLowOlder.id, 'question', [1])
  await castVotes(twoLowNewer.id, 'question', [1])
  await castVotes(one.id, 'question', [1, 1, 1, 1, 1, 1, 1, 1, 1, 1])
  await castVotes(sameCategoryHigh.id, 'question', [1, 1, 1])
  await castVotes(hiddenThree.id, 'question', [1, 1, 1, 1, 1, 1, 1, 1])
  await createAnswer(three.id)
  await recount()
  return {
    sleep,
    self,
    three,
    twoHighScore,
    twoLowOlder,
    twoLowNewer,
    one,
    twoWords,
    oneWord,
    invisible: [hiddenThree, deletedTwo, pendingOne, hiddenSameCategory],
    unrelated,
    sameCategoryHigh,
    sameCategoryLow,
    otherCategory,
  }
}

describe('listRelatedQuestions', () => {
  it('ranks by shared tags and title words, then score, then newest, and fills up with same-category questions', async () => {
    const f = await buildFixture()
    const related = await listRelatedQuestions(f.self.id)
    expect(related.map((r) => r.id)).toEqual([
      f.three.id, // 3 tags = 6
      f.twoHighScore.id, // 2 tags = 4, score 5
      f.twoLowNewer.id, // 4, score 1, newer
      f.twoLowOlder.id, // 4, score 1
      f.one.id, // 1 tag = 2, score 10
      f.twoWords.id, // 2 title words = 2, score 0
      f.sameCategoryHigh.id,
      f.sameCategoryLow.id,
    ])
    expect(related[0]).toEqual({ id: f.three.id, slug: f.three.slug, title: f.three.title, score: 0, answerCount: 1 })
    expect(related[1]!.score).toBe(5)
  })

  it('never includes the question itself, hidden, deleted or pending questions, or unrelated ones', async () => {
    const f = await buildFixture()
    const got = (await listRelatedQuestions(f.self.id, 50)).map((r) => r.id)
    expect(got).not.toContain(f.self.id)
    for (const q of f.invisible) expect(got).not.toContain(q.id)
    expect(got).not.toContain(f.unrelated.id)
    expect(got).not.toContain(f.oneWord.id)
    expect(got).not.toContain(f.otherCategory.id)
    expect(new Set(got).size).toBe(got.length)
  })

  it('finds questions by title words alone, stemmed, and follows a retitle', async () => {
    const f = await buildFixture()
    const untaggedAsker = await createQuestion({ title: 'Sleeping badly before my exam week' })
    await recount()
    expect((await listRelatedQuestions(untaggedAsker.id)).map((r) => r.id)).toEqual([f.twoWords.id, f.self.id])
    await getDb().execute(
      sql`update questions set title = 'Vegetables at breakfast every day' where id = ${untaggedAsker.id}`,
    )
    expect((await listRelatedQuestions(untaggedAsker.id)).map((r) => r.id)).toEqual([f.unrelated.id])
  })

  it('respects the limit, with or without the category fallback', async () => {
    const f = await buildFixture()
    expect((await listRelatedQuestions(f.self.id, 3)).map((r) => r.id)).toEqual([
      f.three.id,
      f.twoHighScore.id,
      f.twoLowNewer.id,
    ])
    expect((await listRelatedQuestions(f.self.id, 5)).map((r) => r.id)).toHaveLength(5)
    expect((await listRelatedQuestions(f.self.id, 7)).map((r) => r.id).at(-1)).toBe(f.sameCategoryHigh.id)
    expect(await listRelatedQuestions(f.self.id, 1)).toHaveLength(1)
  })

  it('uses only the category when the question shares no tags or title words, and returns nothing without any', async () => {
    const f = await buildFixture()
    const untagged = await createQuestion({ title: 'Zebras quietly grazing', categoryId: f.sleep.id })
    const loner = await createQuestion({ title: 'Xylophone lessons online' })
    await recount()
    expect((await listRelatedQuestions(untagged.id)).map((r) => r.id)).toEqual([
      f.one.id,
      f.sameCategoryHigh.id,
      f.sameCategoryLow.id,
      f.self.id,
    ])
    expect(await listRelatedQuestions(loner.id)).toEqual([])
    expect(await listRelatedQuestions(999_999)).toEqual([])
  })

  it('on a large site, takes common title words from the newest questions rather than reading every match', async () => {
    const self = await createQuestion({ title: 'Coping with grief at night' })
    await getDb().execute(sql`
      insert into questions (title, slug, body, created_at, last_activity_at)
      select 'Coping with grief, story ' || g, 'coping-with-grief-story-' || g, 'Text.', now(), now() from generate_series(1, 6000) g`)
    await getDb().execute(sql`analyze questions`)
    const related = await listRelatedQuestions(self.id, 3)
    expect(related.map((r) => r.title)).toEqual([
      'Coping with grief, story 6000',
      'Coping with grief, story 5999',
      'Coping with grief, story 5998',
    ])
  })
})
