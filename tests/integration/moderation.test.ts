import { sql } from 'drizzle-orm'
import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { findCounterDrift } from '@/db/counters'
import { cacheTags } from '@/lib/cache-tags'
import { flagPost, moderatePosts } from '@/lib/moderation/mutations'
import { listAuditLog, listModerationQueue } from '@/lib/moderation/queries'
import { getThread } from '@/lib/questions/thread-queries'
import { searchQuestions } from '@/lib/search/queries'
import { anonymous, memberOf, staffReader } from '../factories/actors'
import { createAnswer, createCategory, createQuestion, createUser, recount } from '../factories/community'
import { closeDb, getDb, resetDatabase } from '../factories/db'
import { unwrap } from '../factories/result'

beforeEach(resetDatabase)
afterAll(closeDb)

const status = async (table: 'questions' | 'answers', id: number) =>
  (await getDb().execute<{ status: string }>(sql`select status from ${sql.raw(table)} where id = ${id}`)).rows[0]!
    .status
const snapshot = async () =>
  (
    await getDb()
      .execute(sql`select (select json_agg(f order by post_id, user_id) from flags f) as flags, (select json_agg(a order by id) from audit_log a) as audit,
    (select json_agg(json_build_array(id, status) order by id) from answers) as answers, (select json_agg(json_build_array(id, status, answer_count) order by id) from questions) as questions`)
  ).rows[0]

async function setup() {
  const c = await createCategory('Grief')
  const author = await createUser()
  const q = await createQuestion({ categoryId: c.id, title: 'Grief after losing a pet', authorId: author.id })
  const a = await createAnswer(q.id, { authorId: author.id, body: 'Buy cheap pills at my shop today' })
  await recount()
  const flaggers = await Promise.all(Array.from({ length: 6 }, () => createUser()))
  const moderator = await createUser({ role: 'moderator' })
  return { q, a, author, flaggers, moderator }
}

describe('flags', () => {
  it('hides a post at the fifth flag, keeps counts exact, audits it, and a moderator brings it back', async () => {
    const { q, a, flaggers, moderator } = await setup()
    for (const f of flaggers.slice(0, 4)) {
      const r = await flagPost(memberOf(f), { postId: a.id, reason: 'spam' })
      expect(r.ok && r.data.hidden).toBe(false)
    }
    expect(await status('answers', a.id)).toBe('visible')
    const fifth = await flagPost(memberOf(flaggers[4]!), { postId: a.id, reason: 'other', details: 'Selling pills' })
    expect(fifth.ok && fifth.data).toMatchObject({ hidden: true })
    expect(fifth.ok && fifth.data.refresh).toContain(cacheTags.question(q.id))
    expect(await status('answers', a.id)).toBe('hidden')
    expect((await getThread(q.id))!.answers).toEqual([])
    expect(await findCounterDrift(getDb())).toEqual([])

    const queue = unwrap(await listModerationQueue(staffReader()))
    expect(queue[0]).toMatchObject({ id: a.id, type: 'answer', status: 'hidden', flags: { count: 5 } })
    expect(queue[0]!.flags.reasons).toContain('Something else: Selling pills')

    const approved = await moderatePosts(memberOf(moderator), {
      postIds: [a.id],
      action: 'approve',
      reason: 'Not spam: a joke between friends',
    })
    expect(approved.ok).toBe(true)
    expect(await status('answers', a.id)).toBe('visible')
    expect((await getThread(q.id))!.answers.map((x) => x.id)).toEqual([a.id])
    expect(unwrap(await listModerationQueue(staffReader()))).toEqual([])
    expect(await findCounterDrift(getDb())).toEqual([])

    const audit = unwrap(await listAuditLog(staffReader(), { page: 1 }))
    expect(audit.rows.map((r) => [r.action, r.actor, r.targetId])).toEqual([
      ['approve', moderator.displayName, a.id],
      ['auto_hide', 'System', a.id],
    ])
    expect(audit.rows[0]).toMatchObject({
      before: { status: 'hidden', openFlags: 5 },
      after: { status: 'visible', openFlags: 0 },
      reason: 'Not spam: a joke between friends',
    })
    expect(unwrap(await listAuditLog(staffReader(), { action: 'auto_hide', page: 1 })).rows).toHaveLength(1)
    expect(unwrap(await listAuditLog(staffReader(), { actorId: moderator.id, page: 1 })).rows).toHaveLength(1)
  })

  it('refuses a second flag, one’s own post, anonymous and suspended flaggers and a missing post, and changes nothing', async () => {
    const { a, author, flaggers } = await setup()
    expect((await flagPost(memberOf(flaggers[0]!), { postId: a.id, reason: 'rude' })).ok).toBe(true)
    const before = await snapshot()
    const again = await flagPost(memberOf(flaggers[0]!), { postId: a.id, reason: 'rude' })
    expect(!again.ok && again.error.code).toBe('conflict')
    expect(!(await flagPost(memberOf(author), { postId: a.id, reason: 'spam' })).ok).toBe(true)
    expect(!(await flagPost(anonymous() as never, { postId: a.id, reason: 'spam' })).ok).toBe(true)
    expect(!(await flagPost(memberOf(flaggers[1]!, { isSuspended: true }), { postId: a.id, reason: 'spam' })).ok).toBe(
      true,
    )
    expect(!(await flagPost(memberOf(flaggers[1]!), { postId: 999_999, reason: 'spam' })).ok).toBe(true)
    expect(await snapshot()).toEqual(before)
  })

  it('a hidden question leaves search and lists, and comes back when restored', async () => {
    const { q, flaggers, moderator } = await setup()
    const search = () =>
      searchQuestions({
        q: 'grief pet',
        truncated: false,
        category: null,
        tag: null,
        status: 'any',
        from: null,
        to: null,
        page: 1,
      })
    expect((await search()).hits.map((h) => h.id)).toEqual([q.id])
    for (const f of flaggers.slice(0, 5)) await flagPost(memberOf(f), { postId: q.id, reason: 'harmful' })
    expect(await status('questions', q.id)).toBe('hidden')
    expect((await search()).hits).toEqual([])
    expect(await getThread(q.id)).toBeNull()
    const restored = await moderatePosts(memberOf(moderator), { postIds: [q.id], action: 'restore' })
    expect(restored.ok && restored.data.refresh).toContain(cacheTags.questionLinks)
    expect((await search()).hits.map((h) => h.id)).toEqual([q.id])
    expect(await findCounterDrift(getDb())).toEqual([])
  })
})

describe('moderation actions', () => {
  it('act on many posts at once, each audited, with counts exact', async () => {
    const { q, a, moderator } = await setup()
    const b = await createAnswer(q.id, { body: 'Another answer here.' })
    await recount()
    const spam = await moderatePosts(memberOf(moderator), {
      postIds: [a.id, b.id],
      action: 'spam',
      reason: 'Pill shop',
    })
    expect(spam.ok && spam.data.count).toBe(2)
    expect([await status('answers', a.id), await status('answers', b.id)]).toEqual(['hidden', 'hidden'])
    expect(
      (await getDb().execute<{ n: number }>(sql`select answer_count as n from questions where id = ${q.id}`)).rows[0]!
        .n,
    ).toBe(0)
    await moderatePosts(memberOf(moderator), { postIds: [a.id], action: 'delete' })
    expect(await status('answers', a.id)).toBe('deleted')
    await moderatePosts(memberOf(moderator), { postIds: [a.id, b.id], action: 'restore' })
    expect([await status('answers', a.id), await status('answers', b.id)]).toEqual(['visible', 'visible'])
    expect(unwrap(await listAuditLog(staffReader(), { page: 1 })).rows.map((r) => r.action)).toEqual([
      'restore',
      'restore',
      'delete',
      'spam',
      'spam',
    ])
    expect(await findCounterDrift(getDb())).toEqual([])
  })

  it('are for moderators and admins only: everyone else is refused and nothing changes', async () => {
    const { a, author } = await setup()
    const editor = await createUser({ role: 'editor', points: 10_000 })
    const admin = await createUser({ role: 'admin' })
    const suspendedModerator = await createUser({ role: 'moderator', isSuspended: true })
    const before = await snapshot()
    for (const actor of [anonymous(), memberOf(author), memberOf(editor), memberOf(suspendedModerator)]) {
      for (const action of ['approve', 'hide', 'delete', 'restore', 'spam'] as const) {
        const r = await moderatePosts(actor, { postIds: [a.id], action })
        expect(r.ok, `${actor.kind === 'member' ? actor.role : 'anonymous'} ${action}`).toBe(false)
      }
    }
    expect(await snapshot()).toEqual(before)
    expect((await moderatePosts(memberOf(admin), { postIds: [a.id], action: 'hide' })).ok).toBe(true)
  })

  it('the audit log cannot be edited or deleted', async () => {
    const { a, moderator } = await setup()
    await moderatePosts(memberOf(moderator), { postIds: [a.id], action: 'hide' })
    await expect(getDb().execute(sql`update audit_log set reason = 'changed'`)).rejects.toMatchObject({
      cause: { message: 'audit_log is append-only' },
    })
    await expect(getDb().execute(sql`delete from audit_log`)).rejects.toMatchObject({
      cause: { message: 'audit_log is append-only' },
    })
    // Deleting the moderator's account keeps the entry, without a name.
    await getDb().execute(sql`delete from users where id = ${moderator.id}`)
    expect(unwrap(await listAuditLog(staffReader(), { page: 1 })).rows[0]).toMatchObject({
      action: 'hide',
      targetId: a.id,
    })
  })
})
