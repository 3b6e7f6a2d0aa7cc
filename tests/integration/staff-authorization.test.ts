import { sql } from 'drizzle-orm'
import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import type { Actor } from '@/lib/auth/actor'
import { flagPost, moderatePosts } from '@/lib/moderation/mutations'
import { listAuditLog, listModerationQueue } from '@/lib/moderation/queries'
import { listLocalMailbox, listMail, mailStatusCounts, readLocalMail } from '@/lib/notify/mail-admin-queries'
import { listRemovedPosts } from '@/lib/posts/queries'
import { getFlagTarget, getPostHistory } from '@/lib/revisions/queries'
import { moderationActions } from '@/lib/moderation/schemas'
import { requeueDead } from '@/lib/notify/outbox'
import { restorePost, rollbackPost } from '@/lib/posts/mutations'
import type { ErrorCode, Result } from '@/lib/result'
import { defaultSettings } from '@/lib/settings/defaults'
import { saveSettings } from '@/lib/settings/mutations'
import { getSettingsForEditing } from '@/lib/settings/queries'
import { findUserId, getModeratedUser, listSuspendedUsers, setRole, setSuspended } from '@/lib/users/admin'
import { anonymous, memberOf } from '../factories/actors'
import {
  createAnswer,
  createCategory,
  createComment,
  createQuestion,
  createUser,
  recount,
} from '../factories/community'
import { closeDb, getDb, resetDatabase } from '../factories/db'
import { snapshot } from '../factories/snapshot'

beforeEach(resetDatabase)
afterAll(closeDb)

const roles = [
  'anonymous',
  'member',
  'expert',
  'editor',
  'moderator',
  'admin',
  'suspendedModerator',
  'suspendedAdmin',
] as const
type RoleKey = (typeof roles)[number]
type Outcome = 'ok' | ErrorCode

async function world() {
  const category = await createCategory('Anxiety')
  const author = await createUser()
  const target = await createUser()
  const question = await createQuestion({ authorId: author.id, categoryId: category.id })
  const answer = await createAnswer(question.id, { authorId: author.id, body: 'Something that may be spam' })
  const deleted = await createAnswer(question.id, { authorId: author.id, body: 'A deleted answer', status: 'deleted' })
  await getDb().execute(
    sql`insert into revisions (post_id, post_type, revision, body, editor_id) values (${answer.id}, 'answer', 1, 'First version', ${author.id})`,
  )
  await getDb().execute(
    sql`insert into mail_messages (key, to_email, kind, payload, status, attempts) values ('dead-1', 'x@example.org', 'anonymous', '{}', 'dead', 5)`,
  )
  await recount()
  const actors: Record<RoleKey, Actor> = {
    anonymous: anonymous(),
    member: memberOf(await createUser()),
    expert: memberOf(await createUser({ role: 'expert' })),
    editor: memberOf(await createUser({ role: 'editor' })),
    moderator: memberOf(await createUser({ role: 'moderator' })),
    admin: memberOf(await createUser({ role: 'admin' })),
    suspendedModerator: memberOf(await createUser({ role: 'moderator', isSuspended: true })),
    suspendedAdmin: memberOf(await createUser({ role: 'admin', isSuspended: true })),
  }
  return { question, answer, deleted, target, actors }
}
type World = Awaited<ReturnType<typeof world>>

const staff = (allowed: RoleKey[]): Record<RoleKey, Outcome> =>
  Object.fromEntries(
    roles.map((r) => [r, allowed.includes(r) ? 'ok' : r === 'anonymous' ? 'unauthenticated' : 'forbidden']),
  ) as Record<RoleKey, Outcome>
const moderators = staff(['moderator', 'admin'])
const admins = staff(['admin'])

/** Every moderation and admin write, and who may do it. */
const actions: {
  name: string
  expected: Record<RoleKey, Outcome>
  run: (actor: Actor, w: World) => Promise<Result<unknown>>
}[] = [
  ...moderationActions.map((action) => ({
    name: `moderate posts: ${action}`,
    expected: moderators,
    run: (actor: Actor, w: World) => moderatePosts(actor, { postIds: [w.answer.id], action, reason: 'matrix' }),
  })),
  { name: 'restore a deleted post', expected: moderators, run: (actor, w) => restorePost(actor, w.deleted.id) },
  {
    name: 'roll back a post',
    expected: moderators,
    run: (actor, w) => rollbackPost(actor, { postId: w.answer.id, revision: 1 }),
  },
  {
    name: 'suspend a member',
    expected: moderators,
    run: (actor, w) => setSuspended(actor, { userId: w.target.id, suspended: true, reason: 'matrix' }),
  },
  {
    name: 'change a role',
    expected: admins,
    run: (actor, w) => setRole(actor, { userId: w.target.id, role: 'editor', reason: 'matrix' }),
  },
  {
    name: 'save site settings',
    expected: admins,
    run: (actor) => saveSettings(actor, { moderation: { ...defaultSettings.moderation, flagsToHide: 3 } }),
  },
  { name: 'retry dead mail', expected: admins, run: (actor) => requeueDead(actor, 'all') },
  {
    name: 'flag a post',
    expected: { ...staff(['member', 'expert', 'editor', 'moderator', 'admin']) },
    run: (actor, w) => flagPost(actor, { postId: w.answer.id, reason: 'spam' }),
  },
]

const mailStatuses = async () =>
  (await getDb().execute<{ status: string }>(sql`select status from mail_messages order by id`)).rows.map(
    (r) => r.status,
  )

describe('who may moderate and administer', () => {
  for (const action of actions) {
    it(`${action.name}: ${roles.map((r) => `${r} ${action.expected[r]}`).join(', ')}; nothing changes when refused`, async () => {
      for (const role of roles) {
        await resetDatabase()
        const w = await world()
        const before = await snapshot()
        const mailBefore = await mailStatuses()
        const result = await action.run(w.actors[role], w)
        const outcome: Outcome = result.ok ? 'ok' : result.error.code
        expect(outcome, `${action.name} as ${role}`).toBe(action.expected[role])
        const after = { rows: await snapshot(), mail: await mailStatuses() }
        if (result.ok)
          expect(after, `${action.name} as ${role} changed nothing`).not.toEqual({ rows: before, mail: mailBefore })
        else expect(after, `${action.name} as ${role} changed the database`).toEqual({ rows: before, mail: mailBefore })
      }
    })
  }
})

/** Every staff-only read, and who may make it: the check is in lib, whatever page calls it. */
const reads: {
  name: string
  expected: Record<RoleKey, Outcome>
  run: (actor: Actor, w: World) => Promise<Result<unknown>>
}[] = [
  { name: 'the moderation queue', expected: moderators, run: (actor) => listModerationQueue(actor) },
  { name: 'the audit log', expected: moderators, run: (actor) => listAuditLog(actor, { page: 1 }) },
  { name: 'deleted and hidden posts', expected: moderators, run: (actor) => listRemovedPosts(actor) },
  {
    name: 'a member’s posts, addresses and flags',
    expected: moderators,
    run: (actor, w) => getModeratedUser(actor, w.target.id),
  },
  { name: 'the member lookup', expected: moderators, run: (actor, w) => findUserId(actor, String(w.target.id)) },
  { name: 'suspended members', expected: moderators, run: (actor) => listSuspendedUsers(actor) },
  { name: 'mail counts', expected: admins, run: (actor) => mailStatusCounts(actor) },
  { name: 'the mail list with addresses', expected: admins, run: (actor) => listMail(actor, null) },
  { name: 'the local mailbox', expected: admins, run: (actor) => listLocalMailbox(actor) },
  { name: 'a message in the local mailbox', expected: admins, run: (actor) => readLocalMail(actor, 'none.eml') },
  {
    name: 'the settings form, blocked addresses included',
    expected: admins,
    run: (actor) => getSettingsForEditing(actor),
  },
]

describe('who may read staff data', () => {
  it('every staff-only read refuses everyone below its role, with nothing but the refusal', async () => {
    const w = await world()
    for (const read of reads) {
      for (const role of roles) {
        const result = await read.run(w.actors[role], w)
        const outcome: Outcome = result.ok ? 'ok' : result.error.code
        expect(outcome, `${read.name} as ${role}`).toBe(read.expected[role])
        if (!result.ok) expect(Object.keys(result), `${read.name} as ${role}`).toEqual(['ok', 'error'])
      }
    }
  })

  it('the history of a removed post, or of a comment under one, is for moderators; everyone else gets nothing', async () => {
    const w = await world()
    const underDeleted = await createComment(w.question.id, {
      answerId: w.deleted.id,
      body: 'A reply under the deleted answer',
    })
    for (const postId of [w.deleted.id, underDeleted.id]) {
      for (const role of roles) {
        const history = await getPostHistory(w.actors[role], postId)
        const mayRead = role === 'moderator' || role === 'admin'
        expect(history === null, `history of ${postId} as ${role}`).toBe(!mayRead)
      }
    }
    // The flag page's post: not one under a deleted answer, nor a visitor's at all.
    expect(await getFlagTarget(w.actors.member, underDeleted.id)).toBeNull()
    expect(await getFlagTarget(w.actors.anonymous, w.answer.id)).toBeNull()
    expect(await getFlagTarget(w.actors.member, w.answer.id)).toMatchObject({ postId: w.answer.id })
  })

  it('the public history page masks the site’s censored words, as the thread does', async () => {
    const w = await world()
    await getDb().execute(
      sql`insert into settings (key, value) values ('spam', ${JSON.stringify({ newMemberPostIntervalSeconds: 0, censoredWords: ['spam*'] })}::jsonb) on conflict (key) do update set value = excluded.value`,
    )
    await getDb().execute(
      sql`insert into revisions (post_id, post_type, revision, body, editor_id, comment) values (${w.answer.id}, 'answer', 2, 'Spammy words here', ${w.actors.member.kind === 'member' ? w.actors.member.id : null}, 'removed the spam')`,
    )
    for (const role of ['anonymous', 'member', 'editor'] as const) {
      const history = await getPostHistory(w.actors[role], w.answer.id)
      expect(JSON.stringify(history), role).not.toMatch(/spam/i)
      expect(history?.revisions.map((r) => r.body)).toEqual(['First version', '****** words here'])
      expect(history?.revisions[1]?.comment).toBe('removed the ****')
    }
  })
})
