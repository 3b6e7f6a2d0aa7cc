import { sql } from 'drizzle-orm'
import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { listAuditLog } from '@/lib/moderation/queries'
import { getModeratedUser, setRole, setSuspended } from '@/lib/users/admin'
import { anonymous, memberOf, staffReader } from '../factories/actors'
import { createAnswer, createQuestion, createUser, recount } from '../factories/community'
import { closeDb, getDb, resetDatabase } from '../factories/db'
import { unwrap } from '../factories/result'

beforeEach(resetDatabase)
afterAll(closeDb)

const users = async () =>
  (await getDb().execute(sql`select json_agg(json_build_array(id, role, is_suspended) order by id) as u from users`))
    .rows[0]

describe('suspending members and changing roles', () => {
  it('a moderator suspends and restores a member, audited; an admin changes a role', async () => {
    const member = await createUser()
    const moderator = await createUser({ role: 'moderator' })
    const admin = await createUser({ role: 'admin' })
    expect(
      (await setSuspended(memberOf(moderator), { userId: member.id, suspended: true, reason: 'Spam run' })).ok,
    ).toBe(true)
    expect(unwrap(await getModeratedUser(staffReader(), member.id))!.isSuspended).toBe(true)
    expect((await setSuspended(memberOf(moderator), { userId: member.id, suspended: false })).ok).toBe(true)
    expect((await setRole(memberOf(admin), { userId: member.id, role: 'editor', reason: 'Helpful editor' })).ok).toBe(
      true,
    )
    expect(unwrap(await getModeratedUser(staffReader(), member.id))!.role).toBe('editor')
    expect(
      unwrap(await listAuditLog(staffReader(), { page: 1 })).rows.map((r) => [r.action, r.targetId, r.before, r.after]),
    ).toEqual([
      ['role', member.id, { role: 'member' }, { role: 'editor' }],
      ['unsuspend', member.id, { suspended: true }, { suspended: false }],
      ['suspend', member.id, { suspended: false }, { suspended: true }],
    ])
  })

  it('refuses everyone else, a moderator against a moderator, anyone against themselves, and changes nothing', async () => {
    const member = await createUser()
    const editor = await createUser({ role: 'editor' })
    const moderator = await createUser({ role: 'moderator' })
    const otherModerator = await createUser({ role: 'moderator' })
    const admin = await createUser({ role: 'admin' })
    const before = await users()
    for (const actor of [anonymous(), memberOf(member), memberOf(editor), memberOf(moderator, { isSuspended: true })]) {
      expect((await setSuspended(actor as never, { userId: member.id, suspended: true })).ok).toBe(false)
    }
    for (const actor of [anonymous(), memberOf(member), memberOf(editor), memberOf(moderator)]) {
      expect((await setRole(actor as never, { userId: member.id, role: 'admin' })).ok).toBe(false)
    }
    expect((await setSuspended(memberOf(moderator), { userId: otherModerator.id, suspended: true })).ok).toBe(false)
    expect((await setSuspended(memberOf(moderator), { userId: admin.id, suspended: true })).ok).toBe(false)
    expect((await setSuspended(memberOf(moderator), { userId: moderator.id, suspended: true })).ok).toBe(false)
    expect((await setRole(memberOf(admin), { userId: admin.id, role: 'member' })).ok).toBe(false)
    expect((await setSuspended(memberOf(admin), { userId: 999_999, suspended: true })).ok).toBe(false)
    expect(await users()).toEqual(before)
    expect(unwrap(await listAuditLog(staffReader(), { page: 1 })).rows).toEqual([])
    // An admin may suspend a moderator.
    expect((await setSuspended(memberOf(admin), { userId: otherModerator.id, suspended: true })).ok).toBe(true)
  })

  it('shows moderators a member’s posts in any state, the addresses they came from, and flags both ways', async () => {
    const member = await createUser()
    const flagger = await createUser()
    const q = await createQuestion({ authorId: member.id, authorIp: '203.0.113.7' })
    const a = await createAnswer(q.id, { authorId: member.id, authorIp: '203.0.113.7', status: 'hidden' })
    await createAnswer(q.id, { authorId: member.id, authorIp: '198.51.100.2' })
    await recount()
    await getDb().execute(
      sql`insert into flags (post_id, post_type, user_id, reason) values (${a.id}, 'answer', ${flagger.id}, 'Rude or abusive')`,
    )
    const view = unwrap(await getModeratedUser(staffReader(), member.id))!
    expect(view.posts).toHaveLength(3)
    expect(view.posts.find((p) => p.id === a.id)).toMatchObject({ status: 'hidden', ip: '203.0.113.7' })
    expect(view.ips.map((i) => [i.ip, i.posts]).sort()).toEqual([
      ['198.51.100.2', 1],
      ['203.0.113.7', 2],
    ])
    expect(view.flagsOnTheirPosts).toEqual([
      expect.objectContaining({ postId: a.id, reason: 'Rude or abusive', open: true }),
    ])
    expect(unwrap(await getModeratedUser(staffReader(), flagger.id))!.flagsTheyRaised).toEqual([
      expect.objectContaining({ postId: a.id }),
    ])
  })
})
