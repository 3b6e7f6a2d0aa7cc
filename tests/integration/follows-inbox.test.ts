import { sql } from 'drizzle-orm'
import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { POST as oneClick } from '@/app/api/unsubscribe/[token]/route'
import { postAnswer } from '@/lib/answers/mutations'
import { setFollow } from '@/lib/follows/mutations'
import { getFollowLevel } from '@/lib/follows/queries'
import { buildDigests } from '@/lib/notify/digest'
import { applyUnsubscribe, describeUnsubscribe } from '@/lib/notify/unsubscribe'
import { unsubscribeToken } from '@/lib/notify/unsubscribe-token'
import { markAllRead, openNotification } from '@/lib/notifications/mutations'
import { countUnread, listInbox } from '@/lib/notifications/queries'
import { askQuestion } from '@/lib/questions/mutations'
import { anonymous, memberOf } from '../factories/actors'
import { createCategory, createUser } from '../factories/community'
import { closeDb, getDb, resetDatabase } from '../factories/db'
import { snapshot } from '../factories/snapshot'

beforeEach(resetDatabase)
afterAll(closeDb)

const member = (over: Parameters<typeof createUser>[0] = {}) => createUser({ emailVerifiedAt: new Date(), ...over })

async function questionIn(categoryId: number, author: Awaited<ReturnType<typeof member>>) {
  const r = await askQuestion(memberOf(author), {
    title: 'What helps after a breakup, honestly?',
    body: 'Some details.',
    categoryId,
    tags: [],
  })
  if (!r.ok) throw new Error(r.error.message)
  return r.data.id
}

describe('following', () => {
  it('sets, changes and removes a follow; refuses anonymous visitors, self-follows and missing targets without a change', async () => {
    const me = await member()
    const category = await createCategory('Breakups')
    expect(
      await setFollow(memberOf(me), { targetType: 'category', targetId: category.id, level: 'watching' }),
    ).toMatchObject({ ok: true })
    expect(await getFollowLevel(me.id, 'category', category.id)).toBe('watching')
    await setFollow(memberOf(me), { targetType: 'category', targetId: category.id, level: 'muted' })
    expect(await getFollowLevel(me.id, 'category', category.id)).toBe('muted')
    await setFollow(memberOf(me), { targetType: 'category', targetId: category.id, level: 'none' })
    expect(await getFollowLevel(me.id, 'category', category.id)).toBeNull()

    const before = await snapshot()
    expect(
      await setFollow(anonymous(), { targetType: 'category', targetId: category.id, level: 'watching' }),
    ).toMatchObject({ ok: false, error: { code: 'unauthenticated' } })
    expect(await setFollow(memberOf(me), { targetType: 'user', targetId: me.id, level: 'watching' })).toMatchObject({
      ok: false,
      error: { code: 'invalid' },
    })
    expect(
      await setFollow(memberOf(me), { targetType: 'question', targetId: 999_999, level: 'watching' }),
    ).toMatchObject({ ok: false, error: { code: 'not_found' } })
    expect(await snapshot()).toEqual(before)
  })
})

describe('the inbox', () => {
  it('counts unread rows, opens one (marking it read) and marks all read, only for their owner', async () => {
    const category = await createCategory('Friendship')
    const asker = await member()
    const other = await member()
    const qid = await questionIn(category.id, asker)
    await postAnswer(memberOf(await member()), { questionId: qid, body: 'First answer, with some care.' })
    await postAnswer(memberOf(await member()), { questionId: qid, body: 'Second answer, with more care.' })
    expect(await countUnread(asker.id)).toBe(2)
    const { items } = await listInbox(asker.id)
    expect(items.map((i) => i.kind)).toEqual(['new_answer', 'new_answer'])

    expect(await openNotification(memberOf(other), items[0]!.id)).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    })
    const opened = await openNotification(memberOf(asker), items[0]!.id)
    expect(opened).toMatchObject({ ok: true, data: { path: expect.stringMatching(new RegExp(`^/${qid}/.+#a\\d+$`)) } })
    expect(await countUnread(asker.id)).toBe(1)
    expect(await markAllRead(memberOf(asker))).toEqual({ ok: true, data: { count: 1 } })
    expect(await countUnread(asker.id)).toBe(0)
  })
})

describe('digests', () => {
  it('gathers each member’s waiting rows into one digest, once, even when run twice at the same time', async () => {
    const category = await createCategory('Parenting')
    const fan = await member()
    const other = await member({ emailFollowed: 'weekly' })
    await setFollow(memberOf(fan), { targetType: 'category', targetId: category.id, level: 'watching' })
    await setFollow(memberOf(other), { targetType: 'category', targetId: category.id, level: 'watching' })
    const author = await member()
    for (let i = 0; i < 3; i++) await questionIn(category.id, author)

    const [a, b] = await Promise.all([buildDigests('daily'), buildDigests('daily')])
    expect(a + b).toBe(1)
    expect(await buildDigests('daily')).toBe(0)
    const { rows } = await getDb().execute<{ userId: number; ids: number[] }>(
      sql`select user_id as "userId", payload->'notificationIds' as ids from mail_messages where kind = 'digest'`,
    )
    expect(rows).toEqual([{ userId: fan.id, ids: expect.any(Array) }])
    expect(rows[0]!.ids).toHaveLength(3)
    // The weekly reader's rows wait for the weekly digest.
    expect(await buildDigests('weekly')).toBe(1)
  })
})

describe('unsubscribing', () => {
  it('works by one-click POST without signing in, says what it stopped, and is idempotent', async () => {
    const me = await member()
    const token = unsubscribeToken({ kind: 'followed', userId: me.id })
    expect(await describeUnsubscribe(token)).toMatchObject({
      ok: true,
      data: { stops: expect.stringContaining('categories, tags and people') },
    })
    const post = () =>
      oneClick(
        new Request('http://localhost/api/unsubscribe/x', { method: 'POST', body: 'List-Unsubscribe=One-Click' }),
        { params: Promise.resolve({ token }) },
      )
    const first = await post()
    expect(first.status).toBe(200)
    expect(await first.text()).toContain('categories, tags and people you follow')
    const after = await snapshot()
    const second = await post()
    expect(second.status).toBe(200)
    expect(await snapshot()).toEqual(after)
    const { rows } = await getDb().execute<{ emailFollowed: string; emailOwn: string }>(
      sql`select email_followed::text as "emailFollowed", email_own::text as "emailOwn" from users where id = ${me.id}`,
    )
    expect(rows[0]).toEqual({ emailFollowed: 'never', emailOwn: 'immediate' })
  })

  it('refuses a forged or altered token and changes nothing', async () => {
    const me = await member()
    const token = unsubscribeToken({ kind: 'own', userId: me.id })
    const [payload, signature] = token.split('.')
    const forged = `${Buffer.from(JSON.stringify({ kind: 'own', userId: me.id + 1 })).toString('base64url')}.${signature}`
    const before = await snapshot()
    for (const bad of [forged, `${payload}.x${signature}`, 'nonsense', '', `${token}.extra`]) {
      expect(await applyUnsubscribe(bad)).toMatchObject({ ok: false, error: { code: 'invalid' } })
    }
    const response = await oneClick(new Request('http://localhost/api/unsubscribe/x', { method: 'POST' }), {
      params: Promise.resolve({ token: forged }),
    })
    expect(response.status).toBe(400)
    expect(await snapshot()).toEqual(before)
  })

  it('stops mail for one followed question but keeps it in the inbox', async () => {
    const category = await createCategory('Work')
    const asker = await member()
    const watcher = await member()
    const qid = await questionIn(category.id, asker)
    await setFollow(memberOf(watcher), { targetType: 'question', targetId: qid, level: 'watching' })
    await applyUnsubscribe(unsubscribeToken({ kind: 'question', userId: watcher.id, questionId: qid }))
    expect(await getFollowLevel(watcher.id, 'question', qid)).toBe('tracking')
    await postAnswer(memberOf(await member()), { questionId: qid, body: 'An answer after unsubscribing.' })
    const { rows } = await getDb().execute<{ email: string }>(
      sql`select email::text from notifications where user_id = ${watcher.id}`,
    )
    expect(rows).toEqual([{ email: 'none' }])
  })

  it('stops every mail to an anonymous poster’s address, including what is already waiting', async () => {
    const category = await createCategory('Loneliness')
    const asker = await member()
    const qid = await questionIn(category.id, asker)
    const anon = await postAnswer(
      { ...anonymous('passer-by'), ip: '192.0.2.1' },
      {
        questionId: qid,
        body: 'From someone without an account.',
        anonName: 'passer-by',
        anonEmail: 'passer@example.org',
      },
    )
    if (!anon.ok) throw new Error()
    const { postComment } = await import('@/lib/comments/mutations')
    await postComment(memberOf(asker), { parentId: anon.data.id, body: 'Thank you for this.' })
    await applyUnsubscribe(unsubscribeToken({ kind: 'address', email: 'passer@example.org' }))
    await postComment(memberOf(asker), { parentId: anon.data.id, body: 'One more thought.' })
    const { rows } = await getDb().execute<{ status: string }>(
      sql`select status::text from mail_messages where to_email = 'passer@example.org' order by id`,
    )
    expect(rows).toEqual([{ status: 'dead' }])
  })
})
