import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { listRelatedQuestions } from '@/lib/questions/thread-queries'
import { castVotes, createAnswer, createCategory, createQuestion, recount } from '../factories/community'
import { closeDb, resetDatabase } from '../factories/db'

beforeEach(resetDatabase)
afterAll(closeDb)

async function buildFixture() {
  const sleep = await createCategory('Sleep')
  const other = await createCategory('Work')
  const self = await createQuestion({ title: 'Cannot sleep before exams', categoryId: sleep.id, tags: ['insomnia', 'exams', 'stress'] })
  const three = await createQuestion({ tags: ['insomnia', 'exams', 'stress', 'extra'] })
  const twoHighScore = await createQuestion({ tags: ['insomnia', 'exams'] })
  const twoLowOlder = await createQuestion({ tags: ['exams', 'stress'] })
  const twoLowNewer = await createQuestion({ tags: ['insomnia', 'stress'] })
  // Shares one tag and is also in the same category: listed once, by its tag.
  const one = await createQuestion({ categoryId: sleep.id, tags: ['stress'] })
  const hiddenThree = await createQuestion({ status: 'hidden', tags: ['insomnia', 'exams', 'stress'] })
  const deletedTwo = await createQuestion({ status: 'deleted', tags: ['insomnia', 'exams'] })
  const pendingOne = await createQuestion({ status: 'pending', categoryId: sleep.id, tags: ['stress'] })
  const unrelated = await createQuestion({ tags: ['diet'] })
  const sameCategoryHigh = await createQuestion({ categoryId: sleep.id })
  const sameCategoryLow = await createQuestion({ categoryId: sleep.id })
  const hiddenSameCategory = await createQuestion({ categoryId: sleep.id, status: 'hidden' })
  const otherCategory = await createQuestion({ categoryId: other.id })
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
    invisible: [hiddenThree, deletedTwo, pendingOne, hiddenSameCategory],
    unrelated,
    sameCategoryHigh,
    sameCategoryLow,
    otherCategory,
  }
}

describe('listRelatedQuestions', () => {
  it('ranks by shared tags, then score, then newest, and fills up with same-category questions', async () => {
    const f = await buildFixture()
    const related = await listRelatedQuestions(f.self.id)
    expect(related.map((r) => r.id)).toEqual([
      f.three.id,
      f.twoHighScore.id,
      f.twoLowNewer.id,
      f.twoLowOlder.id,
      f.one.id,
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
    expect(got).not.toContain(f.otherCategory.id)
    expect(new Set(got).size).toBe(got.length)
  })

  it('respects the limit, with or without the category fallback', async () => {
    const f = await buildFixture()
    expect((await listRelatedQuestions(f.self.id, 3)).map((r) => r.id)).toEqual([f.three.id, f.twoHighScore.id, f.twoLowNewer.id])
    expect((await listRelatedQuestions(f.self.id, 5)).map((r) => r.id)).toHaveLength(5)
    expect((await listRelatedQuestions(f.self.id, 6)).map((r) => r.id).at(-1)).toBe(f.sameCategoryHigh.id)
    expect(await listRelatedQuestions(f.self.id, 1)).toHaveLength(1)
  })

  it('uses only the category when the question has no tags, and returns nothing without either', async () => {
    const f = await buildFixture()
    const untagged = await createQuestion({ categoryId: f.sleep.id })
    const loner = await createQuestion()
    await recount()
    expect((await listRelatedQuestions(untagged.id)).map((r) => r.id)).toEqual([f.one.id, f.sameCategoryHigh.id, f.sameCategoryLow.id, f.self.id])
    expect(await listRelatedQuestions(loner.id)).toEqual([])
  })
})
