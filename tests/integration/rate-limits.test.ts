import { sql } from 'drizzle-orm'
import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { postAnswer } from '@/lib/answers/mutations'
import { askQuestion } from '@/lib/questions/mutations'
import { previewMarkdown } from '@/lib/markdown/preview'
import { consumeRateLimit } from '@/lib/rate-limit/consume'
import { defaultRateLimits } from '@/lib/rate-limit/limits'
import { anonymous, memberOf } from '../factories/actors'
import { createCategory, createQuestion, createUser } from '../factories/community'
import { closeDb, getDb, resetDatabase } from '../factories/db'
import { settings } from '@/db/schema'

beforeEach(resetDatabase)
afterAll(closeDb)

describe('rate limits', () => {
  it('lets exactly the allowed number of 50 simultaneous questions through, with a retry time for the rest', async () => {
    const category = await createCategory('Anxiety')
    const member = memberOf(await createUser())
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        askQuestion(member, {
          title: `Question number ${i} asked at once`,
          body: '',
          categoryId: category.id,
          tags: [],
        }),
      ),
    )
    const allowed = defaultRateLimits.ask.perUser
    expect(results.filter((r) => r.ok)).toHaveLength(allowed)
    const refused = results.filter((r) => !r.ok)
    expect(refused).toHaveLength(50 - allowed)
    for (const r of refused)
      expect(!r.ok && r.error).toMatchObject({
        code: 'rate_limited',
        message: expect.stringMatching(/try again in \d+ minutes?/),
      })
    const { rows } = await getDb().execute<{ n: number }>(sql`select count(*)::int as n from questions`)
    expect(rows[0]!.n).toBe(allowed)
  })

  it('holds anonymous posters per address, at half the members’ rate', async () => {
    const q = await createQuestion()
    const visitor = { ...anonymous('visitor'), ip: '203.0.113.7' }
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        postAnswer(visitor, { questionId: q.id, body: `An anonymous answer, number ${i}.` }),
      ),
    )
    expect(results.filter((r) => r.ok)).toHaveLength(Math.ceil(defaultRateLimits.answer.perIp / 2))
    const other = await postAnswer(
      { ...anonymous('someone else'), ip: '203.0.113.8' },
      { questionId: q.id, body: 'A different address answers fine.' },
    )
    expect(other.ok).toBe(true)
  })

  it('limits sign-in attempts per email as well as per address', async () => {
    const attempts = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        consumeRateLimit('signIn', { ...anonymous(), ip: `198.51.100.${i}` }, 'Target@Example.org'),
      ),
    )
    expect(attempts.filter((r) => r.ok)).toHaveLength(defaultRateLimits.signIn.perUser)
  })

  it('limits the public markdown preview per address, counted in the database, and renders no more than a post may hold', async () => {
    const visitor = { ...anonymous(), ip: '203.0.113.40' }
    const allowed = Math.ceil(defaultRateLimits.preview.perIp / 2)
    const results = await Promise.all(Array.from({ length: allowed + 5 }, () => previewMarkdown(visitor, '**bold**')))
    expect(results.filter((r) => r.ok)).toHaveLength(allowed)
    expect(results.find((r) => !r.ok)).toMatchObject({ ok: false, error: { code: 'rate_limited' } })
    const long = await previewMarkdown({ ...anonymous(), ip: '203.0.113.41' }, 'x'.repeat(100_000))
    expect(long.ok && long.data.length).toBeLessThan(30_100)
  })

  it('takes its limits from the site settings when an admin has changed them', async () => {
    await getDb()
      .insert(settings)
      .values({ key: 'rateLimits', value: { vote: { perUser: 3, perIp: 6, windowSeconds: 60 } } })
    const member = memberOf(await createUser())
    const attempts = []
    for (let i = 0; i < 5; i++) attempts.push(await consumeRateLimit('vote', member))
    expect(attempts.map((r) => r.ok)).toEqual([true, true, true, false, false])
    // Actions the setting does not name keep their defaults.
    const asks = []
    for (let i = 0; i < defaultRateLimits.ask.perUser; i++) asks.push(await consumeRateLimit('ask', member))
    expect(asks.every((r) => r.ok)).toBe(true)
  })
})
