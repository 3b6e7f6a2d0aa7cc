import { sql } from 'drizzle-orm'
import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { listQuestions } from '@/lib/questions/list-queries'
import { castVote } from '@/lib/votes/mutations'
import { memberOf } from '../factories/actors'
import { createCategory, createQuestion, createUser } from '../factories/community'
import { closeDb, getDb, resetDatabase } from '../factories/db'

beforeEach(resetDatabase)
afterAll(closeDb)

/** Makes a question look as if it was last touched `days` ago, with its current activity. */
const ageBy = (id: number, days: number) =>
  getDb().execute(
    sql`update questions set hot_score = question_hot_score(score, answer_count, comment_count, view_count, now() - make_interval(days => ${days})) where id = ${id}`,
  )

const hotTitles = async () =>
  (await listQuestions({ filter: { kind: 'all' }, sort: 'hot', page: 1 })).items.map((q) => q.title)

describe('the hot list', () => {
  it('puts recent activity above older, bigger activity, and a new vote warms a question up again', async () => {
    const c = await createCategory('General')
    const old = await createQuestion({ categoryId: c.id, title: 'A classic with fifty votes', score: 50 })
    const fresh = await createQuestion({ categoryId: c.id, title: 'A new question with two votes', score: 2 })
    await getDb().execute(sql`update questions set score = score where id in (${old.id}, ${fresh.id})`)
    await ageBy(old.id, 10)
    expect(await hotTitles()).toEqual(['A new question with two votes', 'A classic with fifty votes'])

    const voter = await createUser({ points: 1000 })
    const vote = await castVote(memberOf(voter), { postId: old.id, direction: 'up', mode: 'set' })
    expect(vote.ok).toBe(true)
    expect(await hotTitles()).toEqual(['A classic with fifty votes', 'A new question with two votes'])
  })

  it('lets more activity win between questions touched at the same time', async () => {
    const c = await createCategory('General')
    await createQuestion({ categoryId: c.id, title: 'Quiet', score: 1 })
    await createQuestion({ categoryId: c.id, title: 'Busy', score: 9, answerCount: 4 })
    expect(await hotTitles()).toEqual(['Busy', 'Quiet'])
  })

  it('reads the hot list from its index', async () => {
    // A tiny table would be read whole or sorted (which one depends on its statistics); what matters
    // is that the index can serve the order, so the planner is left only the ways that need one.
    const plan = await getDb().transaction(async (tx) => {
      await tx.execute(sql`set local enable_seqscan = off`)
      await tx.execute(sql`set local enable_bitmapscan = off`)
      await tx.execute(sql`set local enable_sort = off`)
      const { rows } = await tx.execute<{ 'QUERY PLAN': string }>(
        sql`explain select id from questions where status = 'visible' order by hot_score desc, id desc limit 20`,
      )
      return rows.map((r) => r['QUERY PLAN']).join('\n')
    })
    expect(plan).toContain('questions_hot_idx')
  })
})

describe('the hot score', () => {
  it('never makes a write fail, even with counters that are off', async () => {
    const { rows } = await getDb().execute<{ h: number }>(sql`select question_hot_score(-5, -2, -1, -3, now()) as h`)
    expect(Number.isFinite(rows[0]!.h)).toBe(true)
  })
})
