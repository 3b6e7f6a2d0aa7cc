import { eq, sql } from 'drizzle-orm'
import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { findCounterDrift, recomputeCounters } from '@/db/counters'
import { defaultPointsWeights } from '@/db/points'
import { answers, categories, questions, tags, users } from '@/db/schema'
import {
  acceptAnswer,
  castVotes,
  createAnswer,
  createCategory,
  createComment,
  createQuestion,
  createUser,
  recount,
} from '../factories/community'
import { closeDb, getDb, resetDatabase } from '../factories/db'

beforeEach(resetDatabase)
afterAll(closeDb)

const drift = () => findCounterDrift(getDb())

/** A small community touching every counted column. */
async function buildCommunity() {
  const root = await createCategory('Root')
  const child = await createCategory('Child', root)
  const asker = await createUser()
  const answerer = await createUser()
  const q = await createQuestion({ authorId: asker.id, categoryId: child.id, tags: ['one', 'two'] })
  await createQuestion({ authorId: asker.id, status: 'hidden', tags: ['two'] })
  const a = await createAnswer(q.id, { authorId: answerer.id })
  await createAnswer(q.id, { authorId: answerer.id, status: 'deleted' })
  await castVotes(q.id, 'question', [1, 1, -1])
  await castVotes(a.id, 'answer', [1])
  const c = await createComment(q.id, { answerId: a.id })
  await createComment(q.id)
  await castVotes(c.id, 'comment', [1, 1])
  await acceptAnswer(q.id, a.id)
  return { root, child, asker, answerer, q, a, c }
}

describe('counter drift', () => {
  it('finds drift before recount and none after', async () => {
    const f = await buildCommunity()
    const before = await drift()
    expect(before).toContainEqual({ table: 'questions', id: f.q.id, column: 'score', stored: 0, expected: 1 })
    expect(before).toContainEqual({ table: 'questions', id: f.q.id, column: 'answer_count', stored: 0, expected: 1 })
    expect(before).toContainEqual({ table: 'comments', id: f.c.id, column: 'score', stored: 0, expected: 2 })
    expect(before).toContainEqual({
      table: 'categories',
      id: f.root.id,
      column: 'question_count',
      stored: 0,
      expected: 1,
    })
    await recount()
    expect(await drift()).toEqual([])
    const [row] = await getDb().select().from(questions).where(eq(questions.id, f.q.id))
    expect(row).toMatchObject({ upvotes: 2, downvotes: 1, score: 1, answerCount: 1, commentCount: 1 })
  })

  it('reports exactly a corrupted question score, answer count and user points, and recompute fixes them', async () => {
    const f = await buildCommunity()
    await recount()
    const db = getDb()
    await db.update(questions).set({ score: 99 }).where(eq(questions.id, f.q.id))
    expect(await drift()).toEqual([{ table: 'questions', id: f.q.id, column: 'score', stored: 99, expected: 1 }])

    await db.update(questions).set({ score: 1, answerCount: 7 }).where(eq(questions.id, f.q.id))
    expect(await drift()).toEqual([{ table: 'questions', id: f.q.id, column: 'answer_count', stored: 7, expected: 1 }])

    await db.execute(sql`update questions set answer_count = 1 where id = ${f.q.id}`)
    const [{ points }] = (await db.select({ points: users.points }).from(users).where(eq(users.id, f.answerer.id))) as [
      { points: number },
    ]
    await db.execute(sql`update users set points = points + 5 where id = ${f.answerer.id}`)
    expect(await drift()).toEqual([
      { table: 'users', id: f.answerer.id, column: 'points', stored: points + 5, expected: points },
    ])

    await db.update(answers).set({ commentCount: 3 }).where(eq(answers.id, f.a.id))
    await db.update(tags).set({ questionCount: 0 })
    await db.update(categories).set({ questionCount: 42 }).where(eq(categories.id, f.child.id))
    const several = await drift()
    expect(several.map((d) => `${d.table}.${d.column}`).sort()).toEqual([
      'answers.comment_count',
      'categories.question_count',
      'tags.question_count',
      'tags.question_count',
      'users.points',
    ])
    await recomputeCounters(db)
    expect(await drift()).toEqual([])
    const [fixed] = await db.select({ points: users.points }).from(users).where(eq(users.id, f.answerer.id))
    expect(fixed!.points).toBe(points)
  })

  it('checks against the weights it is given', async () => {
    const f = await buildCommunity()
    await recount()
    const doubled = { ...defaultPointsWeights, base: 200 }
    const underDoubled = await findCounterDrift(getDb(), doubled)
    expect(underDoubled.every((d) => d.table === 'users' && d.expected === d.stored + 100)).toBe(true)
    expect(underDoubled.map((d) => d.id)).toContain(f.asker.id)
    await recomputeCounters(getDb(), doubled)
    expect(await findCounterDrift(getDb(), doubled)).toEqual([])
    expect((await drift()).length).toBe(underDoubled.length)
  })
})

describe('points', () => {
  it("follow Question2Answer's weights, caps and self-accept rule", async () => {
    const alice = await createUser()
    const bob = await createUser()
    const carol = await createUser()
    // Alice asks; Bob's answer is accepted: Alice selected (+3), Bob was selected (+30).
    const asked = await createQuestion({ authorId: alice.id })
    await castVotes(asked.id, 'question', [1, 1, 1, -1])
    const bobs = await createAnswer(asked.id, { authorId: bob.id })
    await acceptAnswer(asked.id, bobs.id)
    // Alice answers Carol's question twice; one is accepted and upvoted past the answer cap.
    const carols = await createQuestion({ authorId: carol.id })
    const acceptedAlice = await createAnswer(carols.id, { authorId: alice.id })
    const downvotedAlice = await createAnswer(carols.id, { authorId: alice.id })
    await acceptAnswer(carols.id, acceptedAlice.id)
    await castVotes(acceptedAlice.id, 'answer', Array(12).fill(1))
    await castVotes(downvotedAlice.id, 'answer', [-1])
    // Accepting her own answer earns Alice neither selection bonus.
    const selfAnswered = await createQuestion({ authorId: alice.id })
    const own = await createAnswer(selfAnswered.id, { authorId: alice.id })
    await acceptAnswer(selfAnswered.id, own.id)
    // A question voted down past the question cap, and a hidden one that counts for nothing.
    const sunk = await createQuestion({ authorId: alice.id })
    await castVotes(sunk.id, 'question', Array(15).fill(-1))
    const hidden = await createQuestion({ authorId: alice.id, status: 'hidden' })
    await castVotes(hidden.id, 'question', [1, 1, 1])
    await createAnswer(carols.id, { authorId: alice.id, status: 'deleted' })
    await recount()

    const asks = 3 * 2 // asked, selfAnswered, sunk
    const answered = 3 * 4 // two on Carol's question, one on her own
    const selected = 30 // acceptedAlice
    const selecting = 3 // Bob's answer on `asked`
    const questionVotes = 3 * 1 - 1 * 1 + 0 + Math.max(-10, -15) // asked, selfAnswered, sunk (capped)
    const answerVotes = Math.min(20, 12 * 2) - 1 * 2 + 0 // acceptedAlice (capped), downvotedAlice, own
    const expected = 100 + 10 * (asks + answered + selected + selecting + questionVotes + answerVotes)
    expect(expected).toBe(710)

    const points = async (id: number) =>
      (await getDb().select({ p: users.points }).from(users).where(eq(users.id, id)))[0]!.p
    expect(await points(alice.id)).toBe(710)
    expect(await points(bob.id)).toBe(100 + 10 * (4 + 30))
    expect(await points(carol.id)).toBe(100 + 10 * (2 + 3))
    expect(await drift()).toEqual([])
  })
})
