import { sql } from 'drizzle-orm'
import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { findCounterDrift } from '@/db/counters'
import { users } from '@/db/schema'
import { castVote } from '@/lib/votes/mutations'
import { anonymous, memberOf } from '../factories/actors'
import { createAnswer, createComment, createQuestion, createUser, recount } from '../factories/community'
import { closeDb, getDb, resetDatabase } from '../factories/db'

beforeEach(resetDatabase)
afterAll(closeDb)

async function votesOn(postId: number) {
  const { rows } = await getDb().execute<{ n: number; score: number }>(
    sql`select count(*)::int as n, coalesce(sum(value), 0)::int as score from votes where post_id = ${postId}`,
  )
  return rows[0]!
}

async function manyMembers(n: number) {
  const rows = Array.from({ length: n }, (_, i) => ({ handle: `voter${i}`, displayName: `Voter ${i}`, points: 100 }))
  return getDb().insert(users).values(rows).returning()
}

describe('castVote', () => {
  it('counts 1,000 distinct voters on one post exactly, one row each', async () => {
    const author = await createUser()
    const q = await createQuestion({ authorId: author.id })
    await recount()
    const voters = await manyMembers(1000)
    const results = await Promise.all(
      voters.map((v, i) =>
        castVote(memberOf(v, { points: 500 }), {
          postId: q.id,
          direction: i % 4 === 0 ? 'down' : 'up',
          mode: 'toggle',
        }),
      ),
    )
    expect(results.every((r) => r.ok)).toBe(true)
    const { rows } = await getDb().execute<{ score: number; upvotes: number; downvotes: number }>(
      sql`select score, upvotes, downvotes from questions where id = ${q.id}`,
    )
    expect(rows[0]).toEqual({ score: 500, upvotes: 750, downvotes: 250 })
    expect(await votesOn(q.id)).toEqual({ n: 1000, score: 500 })
    expect(await findCounterDrift(getDb())).toEqual([])
  })

  it('counts a double-submitted vote once, in both modes', async () => {
    const [voter] = await manyMembers(1)
    const a = await createAnswer((await createQuestion()).id, { authorId: (await createUser()).id })
    await recount()
    await Promise.all(
      [1, 2, 3].map(() => castVote(memberOf(voter!), { postId: a.id, direction: 'up', mode: 'toggle' })),
    )
    expect(await votesOn(a.id)).toEqual({ n: 1, score: 1 })
    await Promise.all(
      [1, 2, 3].map(() =>
        castVote(memberOf(voter!, { points: 500 }), { postId: a.id, direction: 'down', mode: 'set' }),
      ),
    )
    expect(await votesOn(a.id)).toEqual({ n: 1, score: -1 })
    expect(await findCounterDrift(getDb())).toEqual([])
  })

  it('withdraws a repeated toggle after the double-submit window, and switches on the other direction', async () => {
    const [voter] = await manyMembers(1)
    const q = await createQuestion({ authorId: (await createUser()).id })
    await recount()
    const up = await castVote(memberOf(voter!), { postId: q.id, direction: 'up', mode: 'toggle' })
    expect(up.ok && up.data).toMatchObject({ score: 1, myVote: 1 })
    const switched = await castVote(memberOf(voter!, { points: 500 }), {
      postId: q.id,
      direction: 'down',
      mode: 'toggle',
    })
    expect(switched.ok && switched.data).toMatchObject({ score: -1, myVote: -1 })
    await getDb().execute(sql`update votes set updated_at = now() - interval '1 minute'`)
    const withdrawn = await castVote(memberOf(voter!, { points: 500 }), {
      postId: q.id,
      direction: 'down',
      mode: 'toggle',
    })
    expect(withdrawn.ok && withdrawn.data).toMatchObject({ score: 0, myVote: 0 })
    expect(await votesOn(q.id)).toEqual({ n: 0, score: 0 })
  })

  it('refuses own posts, anonymous visitors, down-votes on comments and members below the points threshold, changing nothing', async () => {
    const author = await createUser({ points: 5000 })
    const q = await createQuestion({ authorId: author.id })
    const c = await createComment(q.id, { authorId: (await createUser()).id })
    const newcomer = await createUser({ points: 100 })
    await recount()
    const refusals = [
      await castVote(memberOf(author), { postId: q.id, direction: 'up', mode: 'toggle' }),
      await castVote(anonymous(), { postId: q.id, direction: 'up', mode: 'toggle' }),
      await castVote(memberOf(author), { postId: c.id, direction: 'down', mode: 'toggle' }),
      await castVote(memberOf(newcomer), { postId: q.id, direction: 'down', mode: 'toggle' }),
      await castVote(memberOf(newcomer, { isSuspended: true }), { postId: q.id, direction: 'up', mode: 'toggle' }),
      await castVote(memberOf(author), { postId: 999_999, direction: 'up', mode: 'toggle' }),
      await castVote(memberOf(newcomer, { isSuspended: true }), { postId: q.id, direction: 'none', mode: 'set' }),
    ]
    expect(refusals.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual([
      'forbidden',
      'unauthenticated',
      'invalid',
      'forbidden',
      'forbidden',
      'not_found',
      'forbidden',
    ])
    const { rows } = await getDb().execute<{ n: number }>(sql`select count(*)::int as n from votes`)
    expect(rows[0]!.n).toBe(0)
  })

  it('moves the author’s points within the vote’s transaction, capped per post', async () => {
    const author = await createUser()
    const q = await createQuestion({ authorId: author.id })
    await recount()
    const voters = await manyMembers(15)
    for (const v of voters) await castVote(memberOf(v), { postId: q.id, direction: 'up', mode: 'toggle' })
    const [row] = await getDb()
      .select({ points: users.points })
      .from(users)
      .where(sql`id = ${author.id}`)
    // base 100 + 10 × (ask 2 + votes capped at 10)
    expect(row!.points).toBe(220)
    expect(await findCounterDrift(getDb())).toEqual([])
  })
})
