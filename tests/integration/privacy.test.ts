import { sql } from 'drizzle-orm'
import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { findCounterDrift } from '@/db/counters'
import { hashPassword } from '@/lib/auth/password'
import { deleteMyAccount, exportMyData } from '@/lib/users/privacy'
import { memberOf } from '../factories/actors'
import {
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

const one = async <T>(query: ReturnType<typeof sql>) => (await getDb().execute(query)).rows[0] as T

async function setup() {
  const c = await createCategory('Grief')
  const me = await createUser({ email: 'me@example.org', passwordHash: await hashPassword('correct horse battery') })
  const other = await createUser({ email: 'other@example.org' })
  const myQuestion = await createQuestion({ categoryId: c.id, authorId: me.id, title: 'My own question about grief' })
  const theirAnswer = await createAnswer(myQuestion.id, { authorId: other.id, body: 'An answer from someone else.' })
  const theirQuestion = await createQuestion({ categoryId: c.id, authorId: other.id, title: 'Their question' })
  const myAnswer = await createAnswer(theirQuestion.id, { authorId: me.id, body: 'My answer to their question.' })
  await createComment(theirQuestion.id, { authorId: me.id, body: 'My comment.' })
  const theirComment = await createComment(theirQuestion.id, { authorId: other.id, body: 'Their comment.' })
  await getDb().execute(
    sql`insert into votes (post_id, post_type, user_id, value) values (${theirQuestion.id}, 'question', ${me.id}, 1), (${theirAnswer.id}, 'answer', ${me.id}, 1), (${theirComment.id}, 'comment', ${me.id}, 1)`,
  )
  await castVotes(myAnswer.id, 'answer', [1, 1])
  await getDb().execute(
    sql`insert into follows (user_id, target_type, target_id) values (${me.id}, 'category', ${c.id})`,
  )
  await recount()
  return { me, other, myQuestion, theirAnswer, theirQuestion, myAnswer }
}

describe('download my data', () => {
  it('holds my profile with my email, my posts, votes and follows, and nothing of anyone else', async () => {
    const { me, other, myQuestion, myAnswer, theirQuestion } = await setup()
    await getDb().execute(
      sql`insert into sign_in_addresses (user_id, ip) values (${me.id}, '192.0.2.44'), (${other.id}, '192.0.2.45')`,
    )
    const data = (await exportMyData(me.id))! as Record<string, { id?: number; postId?: number }[]> & {
      profile: { email: string }
    }
    expect(data.profile.email).toBe('me@example.org')
    expect(data.questions!.map((q) => q.id)).toEqual([myQuestion.id])
    expect(data.answers!.map((a) => a.id)).toEqual([myAnswer.id])
    expect(data.comments).toHaveLength(1)
    expect(data.votes!.map((v) => v.postId)).toContain(theirQuestion.id)
    expect(data.follows).toHaveLength(1)
    expect(data.signInAddresses).toEqual([expect.objectContaining({ ip: '192.0.2.44' })])
    expect(JSON.stringify(data)).not.toContain('other@example.org')
    expect(await exportMyData(999_999)).toBeNull()
  })
})

describe('deleting my account', () => {
  it('keeping my posts: they stay as by "deleted user", my votes and what they gave go, counts stay exact', async () => {
    const { me, other, myQuestion, myAnswer, theirQuestion } = await setup()
    const result = await deleteMyAccount(memberOf(me), {
      keepPosts: 'keep',
      confirmHandle: me.handle,
      password: 'correct horse battery',
    })
    expect(result.ok).toBe(true)
    expect(await one(sql`select count(*)::int as n from users where id = ${me.id}`)).toEqual({ n: 0 })
    expect(await one(sql`select author_id, anon_name, status from questions where id = ${myQuestion.id}`)).toEqual({
      author_id: null,
      anon_name: 'deleted user',
      status: 'visible',
    })
    expect(await one(sql`select author_id, body from answers where id = ${myAnswer.id}`)).toEqual({
      author_id: null,
      body: 'My answer to their question.',
    })
    expect(await one(sql`select score from questions where id = ${theirQuestion.id}`)).toEqual({ score: 0 })
    expect(await one(sql`select count(*)::int as n from votes where user_id = ${me.id}`)).toEqual({ n: 0 })
    expect(await one(sql`select count(*)::int as n from follows where user_id = ${me.id}`)).toEqual({ n: 0 })
    expect(await findCounterDrift(getDb())).toEqual([])
    expect(await one(sql`select action from audit_log where target_id = ${me.id}`)).toEqual({
      action: 'delete_account',
    })
    expect((await getDb().execute(sql`select id from users where id = ${other.id}`)).rows).toHaveLength(1)
  })

  it('removing my posts: taken down, text and history erased, counts exact', async () => {
    const { me, myQuestion, myAnswer } = await setup()
    expect(
      (
        await deleteMyAccount(memberOf(me), {
          keepPosts: 'remove',
          confirmHandle: `@${me.handle.toUpperCase()}`,
          password: 'correct horse battery',
        })
      ).ok,
    ).toBe(true)
    expect(await one(sql`select status, title, body, author_id from questions where id = ${myQuestion.id}`)).toEqual({
      status: 'deleted',
      title: 'Removed by its author',
      body: '',
      author_id: null,
    })
    expect(await one(sql`select status, body from answers where id = ${myAnswer.id}`)).toEqual({
      status: 'deleted',
      body: '',
    })
    expect(
      await one(sql`select count(*)::int as n from revisions where post_id in (${myQuestion.id}, ${myAnswer.id})`),
    ).toEqual({ n: 0 })
    expect(await findCounterDrift(getDb())).toEqual([])
  })

  it('needs my handle and my password, keeps the last admin, and changes nothing when refused', async () => {
    const { me } = await setup()
    const admin = await createUser({ role: 'admin' })
    const before = await one(
      sql`select (select count(*) from users)::int as users, (select count(*) from votes)::int as votes, (select count(*) from audit_log)::int as audit`,
    )
    const wrongHandle = await deleteMyAccount(memberOf(me), {
      keepPosts: 'keep',
      confirmHandle: 'someone-else',
      password: 'correct horse battery',
    })
    expect(!wrongHandle.ok && wrongHandle.error.field).toBe('confirmHandle')
    const wrongPassword = await deleteMyAccount(memberOf(me), {
      keepPosts: 'keep',
      confirmHandle: me.handle,
      password: 'wrong',
    })
    expect(!wrongPassword.ok && wrongPassword.error.field).toBe('password')
    const lastAdmin = await deleteMyAccount(memberOf(admin), { keepPosts: 'keep', confirmHandle: admin.handle })
    expect(!lastAdmin.ok && lastAdmin.error.code).toBe('forbidden')
    expect(
      await one(
        sql`select (select count(*) from users)::int as users, (select count(*) from votes)::int as votes, (select count(*) from audit_log)::int as audit`,
      ),
    ).toEqual(before)
  })
})
