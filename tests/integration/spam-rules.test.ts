import { sql } from 'drizzle-orm'
import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { postAnswer } from '@/lib/answers/mutations'
import { askQuestion } from '@/lib/questions/mutations'
import { anonymous, memberOf } from '../factories/actors'
import { createCategory, createQuestion, createUser } from '../factories/community'
import { closeDb, getDb, resetDatabase } from '../factories/db'

beforeEach(resetDatabase)
afterAll(closeDb)

const setSpam = (value: object) =>
  getDb().execute(
    sql`insert into settings (key, value) values ('spam', ${JSON.stringify(value)}::jsonb) on conflict (key) do update set value = excluded.value`,
  )
const answers = async () =>
  (await getDb().execute<{ n: number }>(sql`select count(*)::int as n from answers`)).rows[0]!.n

describe('spam rules', () => {
  it('a new member may post once every 30 seconds: of ten simultaneous answers exactly one is stored', async () => {
    await setSpam({ newMemberPostIntervalSeconds: 30 })
    const q = await createQuestion()
    const newcomer = await createUser({ points: 100 })
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        postAnswer(memberOf(newcomer), { questionId: q.id, body: `A simultaneous answer number ${i}.` }),
      ),
    )
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    const refused = results.find((r) => !r.ok)
    expect(!refused!.ok && refused!.error).toMatchObject({
      code: 'rate_limited',
      message: expect.stringMatching(/once every 30 seconds/),
    })
    expect(await answers()).toBe(1)
    // An established member is not held to it.
    const regular = await createUser({ points: 500 })
    for (const i of [1, 2])
      expect((await postAnswer(memberOf(regular), { questionId: q.id, body: `An established answer ${i}.` })).ok).toBe(
        true,
      )
  })

  it('limits links in new members’ posts, next to the field, and stores nothing', async () => {
    const q = await createQuestion()
    const newcomer = await createUser({ points: 100 })
    const links = 'See https://a.example and http://b.example and www.c.example for cheap pills.'
    const r = await postAnswer(memberOf(newcomer), { questionId: q.id, body: links })
    expect(!r.ok && r.error).toMatchObject({
      code: 'invalid',
      field: 'body',
      message: 'New members can include at most 2 links in a post.',
    })
    expect(await answers()).toBe(0)
    expect((await postAnswer(memberOf(await createUser({ points: 500 })), { questionId: q.id, body: links })).ok).toBe(
      true,
    )
  })

  it('refuses posts from blocked addresses and networks, members and anonymous alike', async () => {
    const c = await createCategory('Sleep')
    await setSpam({ blockedIps: ['203.0.113.7', '198.51.100.0/24', 'not an address'] })
    const member = await createUser({ points: 500 })
    const fromBlocked = await askQuestion(memberOf(member, { ip: '198.51.100.23' }), {
      title: 'A question from a blocked network',
      body: '',
      categoryId: c.id,
      tags: [],
    })
    expect(!fromBlocked.ok && fromBlocked.error.message).toMatch(/blocked/)
    const anon = await askQuestion(
      { ...anonymous(), ip: '203.0.113.7' },
      { title: 'An anonymous question, blocked', body: '', categoryId: c.id, tags: [] },
    )
    expect(anon.ok).toBe(false)
    expect(
      (
        await askQuestion(memberOf(member, { ip: '192.0.2.1' }), {
          title: 'A question from an open network',
          body: '',
          categoryId: c.id,
          tags: [],
        })
      ).ok,
    ).toBe(true)
  })

  it('a malformed address never reaches the database as one: checked against the block list and stored as none, not a server error', async () => {
    const c = await createCategory('Sleep')
    await setSpam({ blockedIps: ['203.0.113.7'] })
    const q = await askQuestion(
      { ...anonymous(), ip: 'abc' },
      { title: 'A question from a forged forwarding header', body: '', categoryId: c.id, tags: [] },
    )
    expect(q.ok).toBe(true)
    const a = await postAnswer(memberOf(await createUser({ points: 500 }), { ip: '1.2.3' }), {
      questionId: q.ok ? q.data.id : 0,
      body: 'An answer from a malformed address.',
    })
    expect(a.ok).toBe(true)
    const { rows } = await getDb().execute<{ ips: (string | null)[] }>(
      sql`select array_agg(author_ip::text) as ips from (select author_ip from questions union all select author_ip from answers) p`,
    )
    expect(rows[0]!.ips).toEqual([null, null])
  })

  it('a refused post does not use up a new member’s posting interval, and what is a new member is more than one post', async () => {
    await setSpam({ newMemberPostIntervalSeconds: 30 })
    const c = await createCategory('Sleep')
    const q = await createQuestion({ categoryId: c.id })
    const newcomer = memberOf(await createUser({ points: 100 }))
    const asking = { title: 'How do I stop waking at 4am?', body: '', categoryId: c.id, tags: [] as string[] }
    // Each of these can be corrected by the poster, so none may count as their post for the interval.
    expect(await askQuestion(newcomer, { ...asking, categoryId: 999_999 })).toMatchObject({
      ok: false,
      error: { field: 'categoryId' },
    })
    expect(await askQuestion(newcomer, { ...asking, tags: ['x'] })).toMatchObject({
      ok: false,
      error: { field: 'tags' },
    })
    expect(await postAnswer(newcomer, { questionId: 999_999, body: 'An answer to nothing at all.' })).toMatchObject({
      ok: false,
      error: { field: 'questionId' },
    })
    const { postComment } = await import('@/lib/comments/mutations')
    expect(await postComment(newcomer, { parentId: 999_999, body: 'A comment on nothing.' })).toMatchObject({
      ok: false,
      error: { field: 'parentId' },
    })
    expect((await askQuestion(newcomer, asking)).ok).toBe(true)
    // One question (+20) leaves a member at 120: still new under the default line, so still held to the interval.
    const { defaultSettings } = await import('@/lib/settings/defaults')
    expect(100 + 20).toBeLessThan(defaultSettings.spam.newMemberPoints)
    const oneQuestion = memberOf(await createUser({ points: 120 }))
    const first = await postAnswer(oneQuestion, { questionId: q.id, body: 'A first answer from this member.' })
    expect(first.ok).toBe(true)
    const second = await postAnswer(oneQuestion, { questionId: q.id, body: 'A second answer, straight after.' })
    expect(!second.ok && second.error.message).toMatch(/once every 30 seconds/)
  })
})
