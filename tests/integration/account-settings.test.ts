import { eq } from 'drizzle-orm'
import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { users } from '@/db/schema'
import { hashPassword, verifyPassword } from '@/lib/auth/password'
import { cacheTags } from '@/lib/cache-tags'
import { deletePost, restorePost } from '@/lib/posts/mutations'
import { listRemovedPosts } from '@/lib/posts/queries'
import { getPostHistory } from '@/lib/revisions/queries'
import { getAccountSettings } from '@/lib/users/queries'
import { changePassword, updateProfile } from '@/lib/users/mutations'
import { passwordChangeInput, profileInput } from '@/lib/users/schemas'
import { anonymous, memberOf } from '../factories/actors'
import { createAnswer, createCategory, createQuestion, createUser } from '../factories/community'
import { closeDb, getDb, resetDatabase } from '../factories/db'
import { snapshot } from '../factories/snapshot'
import { unwrap } from '../factories/result'

beforeEach(resetDatabase)
afterAll(closeDb)

const row = async (id: number) => (await getDb().select().from(users).where(eq(users.id, id)))[0]!

describe('profile settings', () => {
  it('renames the member and refreshes their profile, the lists and the threads they wrote in', async () => {
    const me = await createUser({ displayName: 'Sam', handle: 'sam' })
    const category = await createCategory('Family')
    const theirs = await createQuestion({ categoryId: category.id })
    await createAnswer(theirs.id, { authorId: me.id, body: 'An answer by Sam, long enough.' })
    const untouched = await createQuestion({ categoryId: category.id })

    const result = await updateProfile(memberOf(me), profileInput.parse({ name: 'Samira K', handle: 'Samira-K' }))
    expect(result).toMatchObject({ ok: true, data: { handle: 'samira-k' } })
    if (!result.ok) return
    expect(result.data.refresh).toEqual(
      expect.arrayContaining([
        cacheTags.user(me.id),
        cacheTags.userList,
        cacheTags.questionLists,
        cacheTags.question(theirs.id),
      ]),
    )
    expect(result.data.refresh).not.toContain(cacheTags.question(untouched.id))
    expect(await row(me.id)).toMatchObject({ displayName: 'Samira K', handle: 'samira-k' })
  })

  it('refuses a handle another member has, in any letter case, next to the field, and changes nothing', async () => {
    await createUser({ handle: 'river' })
    const me = await createUser({ handle: 'lake', displayName: 'Lake' })
    const before = await snapshot()
    const result = await updateProfile(memberOf(me), profileInput.parse({ name: 'New name', handle: 'RIVER' }))
    expect(result).toEqual({
      ok: false,
      error: { code: 'conflict', message: expect.stringMatching(/taken/), field: 'handle' },
    })
    expect(await snapshot()).toEqual(before)
  })

  it('keeps one owner when two members claim the same free handle at once', async () => {
    const a = await createUser()
    const b = await createUser()
    const results = await Promise.all(
      [a, b].map((u) => updateProfile(memberOf(u), { name: 'Twin', handle: 'twin-peaks' })),
    )
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    const owners = await getDb().select({ id: users.id }).from(users).where(eq(users.handle, 'twin-peaks'))
    expect(owners).toHaveLength(1)
  })

  it('lets only an active member change a profile', async () => {
    const suspended = await createUser({ isSuspended: true, handle: 'sus' })
    const before = await snapshot()
    expect(await updateProfile(anonymous(), { name: 'Nobody', handle: 'nobody' })).toMatchObject({
      ok: false,
      error: { code: 'unauthenticated' },
    })
    expect(await updateProfile(memberOf(suspended), { name: 'Back', handle: 'back' })).toMatchObject({
      ok: false,
      error: { code: 'unauthenticated' },
    })
    expect(await snapshot()).toEqual(before)
  })

  it.each([
    [{ name: 'A', handle: 'fine' }, 'name'],
    [{ name: 'x'.repeat(41), handle: 'fine' }, 'name'],
    [{ name: 'Fine', handle: 'ab' }, 'handle'],
    [{ name: 'Fine', handle: 'a'.repeat(21) }, 'handle'],
    [{ name: 'Fine', handle: '-lead' }, 'handle'],
    [{ name: 'Fine', handle: 'two--hyphens' }, 'handle'],
    [{ name: 'Fine', handle: 'spa ce' }, 'handle'],
    [{ name: 'Fine', handle: 'émile' }, 'handle'],
  ])('rejects %o with an error on %s', (input, field) => {
    const parsed = profileInput.safeParse(input)
    expect(parsed.success).toBe(false)
    expect(parsed.error?.issues.map((i) => i.path[0])).toContain(field)
  })
})

describe('password change', () => {
  it('needs the current password when the account has one, and leaves the hash alone when it is wrong', async () => {
    const me = await createUser({ passwordHash: await hashPassword('the-old-password') })
    const before = (await row(me.id)).passwordHash
    const wrong = await changePassword(
      memberOf(me),
      passwordChangeInput.parse({ current: 'not-it-at-all', password: 'a-brand-new-password' }),
    )
    expect(wrong).toEqual({ ok: false, error: { code: 'invalid', message: expect.any(String), field: 'current' } })
    expect((await row(me.id)).passwordHash).toBe(before)

    expect(
      await changePassword(
        memberOf(me),
        passwordChangeInput.parse({ current: 'the-old-password', password: 'a-brand-new-password' }),
      ),
    ).toEqual({ ok: true, data: undefined })
    const after = (await row(me.id)).passwordHash
    expect(await verifyPassword(after, 'a-brand-new-password')).toBe(true)
    expect(await verifyPassword(after, 'the-old-password')).toBe(false)
  })

  it('sets a first password on an account that signs in by email link', async () => {
    const me = await createUser({ passwordHash: null })
    expect((await getAccountSettings(me.id))?.hasPassword).toBe(false)
    expect(
      await changePassword(memberOf(me), passwordChangeInput.parse({ password: 'my-first-password' })),
    ).toMatchObject({ ok: true })
    expect(await getAccountSettings(me.id)).toMatchObject({ hasPassword: true, email: me.email })
  })

  it('rejects a short new password before anything runs', () => {
    const parsed = passwordChangeInput.safeParse({ current: 'whatever', password: 'short' })
    expect(parsed.error?.issues.map((i) => i.path[0])).toEqual(['password'])
  })
})

describe('restoring deleted posts', () => {
  it('lists a deleted answer for moderators, shows its history to them only, and restores it', async () => {
    const author = await createUser()
    const moderator = await createUser({ role: 'moderator' })
    const question = await createQuestion({})
    const answer = await createAnswer(question.id, {
      authorId: author.id,
      body: 'An answer that will be deleted and restored.',
    })
    expect(await deletePost(memberOf(author), answer.id)).toMatchObject({ ok: true })

    const removed = unwrap(await listRemovedPosts(memberOf(moderator)))
    expect(removed).toEqual([
      expect.objectContaining({ id: answer.id, type: 'answer', status: 'deleted', questionId: question.id }),
    ])
    expect(await getPostHistory(memberOf(author), answer.id)).toBeNull()
    expect(await getPostHistory(memberOf(moderator), answer.id)).toMatchObject({ postId: answer.id, status: 'deleted' })

    expect(await restorePost(memberOf(author), answer.id)).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect(await restorePost(memberOf(moderator), answer.id)).toMatchObject({ ok: true })
    expect(unwrap(await listRemovedPosts(memberOf(moderator)))).toEqual([])
    expect(await getPostHistory(null, answer.id)).toMatchObject({ status: 'visible' })
  })
})
