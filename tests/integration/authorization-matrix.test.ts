import { eq, sql } from 'drizzle-orm'
import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { revisions, users, type User } from '@/db/schema'
import { postAnswer } from '@/lib/answers/mutations'
import type { Actor } from '@/lib/auth/actor'
import { postComment } from '@/lib/comments/mutations'
import { deletePost, editPost, restorePost, rollbackPost } from '@/lib/posts/mutations'
import { acceptAnswer, askQuestion, closeQuestion, reopenQuestion } from '@/lib/questions/mutations'
import type { ErrorCode, Result } from '@/lib/result'
import { castVote } from '@/lib/votes/mutations'
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

/**
 * A small thread: a question by `asker`, an answer by `answerer`, and the asker's comment on that
 * answer. Everybody is created with default points and `recount()` gives them their real ones.
 */
async function buildThread() {
  const category = await createCategory('Sleep')
  const asker = await createUser()
  const answerer = await createUser()
  const other = await createUser()
  const rich = await createUser()
  const editor = await createUser({ role: 'editor' })
  const moderator = await createUser({ role: 'moderator' })
  const admin = await createUser({ role: 'admin' })
  const question = await createQuestion({
    authorId: asker.id,
    categoryId: category.id,
    title: 'Why do I wake up at 4am every night?',
  })
  const answer = await createAnswer(question.id, {
    authorId: answerer.id,
    body: 'Often it is stress: try a wind-down routine.',
  })
  const comment = await createComment(question.id, {
    answerId: answer.id,
    authorId: asker.id,
    body: 'I will try that tonight.',
  })
  return { category, asker, answerer, other, rich, editor, moderator, admin, question, answer, comment }
}
type Thread = Awaited<ReturnType<typeof buildThread>>

const actorKeys = ['anonymous', 'author', 'other', 'rich', 'editor', 'moderator', 'admin', 'suspendedAuthor'] as const
type ActorKey = (typeof actorKeys)[number]
type Outcome = 'ok' | ErrorCode

const reload = async (user: User): Promise<User> =>
  (await getDb().select().from(users).where(eq(users.id, user.id)))[0]!

/** The actor for a column, with the points the users table holds, except the 5,000-point member. */
async function actorFor(key: ActorKey, t: Thread, author: User): Promise<Actor> {
  switch (key) {
    case 'anonymous':
      return anonymous()
    case 'author':
      return memberOf(await reload(author))
    case 'other':
      return memberOf(await reload(t.other))
    case 'rich':
      return memberOf(await reload(t.rich), { points: 5000 })
    case 'suspendedAuthor':
      await getDb().update(users).set({ isSuspended: true }).where(eq(users.id, author.id))
      return memberOf(await reload(author))
    default:
      return memberOf(await reload(t[key]))
  }
}

type Write = {
  name: string
  /** Whose post this write acts on: the "author" and "suspended author" columns are this user. */
  author: (t: Thread) => User
  /** Puts the thread into the state the write starts from (before the snapshot). */
  prepare?: (t: Thread) => Promise<unknown>
  run: (actor: Actor, t: Thread) => Promise<Result<unknown>>
}

const OK = 'ok'
const U = 'unauthenticated'
const F = 'forbidden'

const closeIt = (t: Thread) =>
  getDb().execute(
    sql`update questions set closed_at = now(), closed_by_id = ${t.moderator.id}, closed_reason = 'Off topic' where id = ${t.question.id}`,
  )
const deleteAnswer = (t: Thread) =>
  getDb().execute(sql`update answers set status = 'deleted', deleted_at = now() where id = ${t.answer.id}`)
const olderRevision = (t: Thread) =>
  getDb().insert(revisions).values({
    postId: t.question.id,
    postType: 'question',
    revision: 1,
    title: 'Waking up at 4am',
    body: 'Older body.',
    tags: [],
    categoryId: t.category.id,
    editorId: t.asker.id,
  })

/** The matrix: one row per write, one column per actor (in `actorKeys` order). */
// prettier-ignore
const expectations: Record<string, Outcome[]> = {
  //                                 anonymous author other  rich  editor moderator admin suspended
  'askQuestion':                     [OK,      OK,    OK,    OK,   OK,    OK,       OK,   F],
  'postAnswer':                      [OK,      OK,    OK,    OK,   OK,    OK,       OK,   F],
  'postComment on an answer':        [OK,      OK,    OK,    OK,   OK,    OK,       OK,   F],
  'castVote up on an answer':        [U,       F,     OK,    OK,   OK,    OK,       OK,   F],
  'castVote down on an answer':      [U,       F,     F,     OK,   F,     F,        F,    F],
  'acceptAnswer':                    [U,       OK,    F,     F,    F,     OK,       OK,   F],
  'editPost on the question':        [U,       OK,    F,     F,    OK,    OK,       OK,   F],
  'editPost on the answer':          [U,       OK,    F,     F,    OK,    OK,       OK,   F],
  'editPost on the comment':         [U,       OK,    F,     F,    OK,    OK,       OK,   F],
  'rollbackPost on the question':    [U,       F,     F,     F,    F,     OK,       OK,   F],
  'closeQuestion':                   [U,       F,     F,     OK,   F,     OK,       OK,   F],
  'reopenQuestion':                  [U,       F,     F,     OK,   F,     OK,       OK,   F],
  'deletePost on the answer':        [U,       OK,    F,     F,    F,     OK,       OK,   F],
  'restorePost on a deleted answer': [U,       F,     F,     F,    F,     OK,       OK,   F],
}

const writes: Write[] = [
  {
    name: 'askQuestion',
    author: (t) => t.asker,
    run: (a, t) =>
      askQuestion(a, {
        title: 'Is it normal to wake up at 4am?',
        body: 'Every night.',
        categoryId: t.category.id,
        tags: [],
      }),
  },
  {
    name: 'postAnswer',
    author: (t) => t.asker,
    run: (a, t) => postAnswer(a, { questionId: t.question.id, body: 'Yes, and getting up for a while helps.' }),
  },
  {
    name: 'postComment on an answer',
    author: (t) => t.answerer,
    run: (a, t) => postComment(a, { parentId: t.answer.id, body: 'This worked for me too.' }),
  },
  {
    name: 'castVote up on an answer',
    author: (t) => t.answerer,
    run: (a, t) => castVote(a, { postId: t.answer.id, direction: 'up', mode: 'set' }),
  },
  {
    name: 'castVote down on an answer',
    author: (t) => t.answerer,
    run: (a, t) => castVote(a, { postId: t.answer.id, direction: 'down', mode: 'set' }),
  },
  {
    name: 'acceptAnswer',
    author: (t) => t.asker,
    run: (a, t) => acceptAnswer(a, { questionId: t.question.id, answerId: t.answer.id }),
  },
  {
    name: 'editPost on the question',
    author: (t) => t.asker,
    run: (a, t) =>
      editPost(a, { postId: t.question.id, title: 'Why do I always wake up at 4am?', body: 'A clearer body.' }),
  },
  {
    name: 'editPost on the answer',
    author: (t) => t.answerer,
    run: (a, t) => editPost(a, { postId: t.answer.id, body: 'Usually stress: try a wind-down routine.' }),
  },
  {
    name: 'editPost on the comment',
    author: (t) => t.asker,
    run: (a, t) => editPost(a, { postId: t.comment.id, body: 'I will try it tonight.' }),
  },
  {
    name: 'rollbackPost on the question',
    author: (t) => t.asker,
    prepare: olderRevision,
    run: (a, t) => rollbackPost(a, { postId: t.question.id, revision: 1 }),
  },
  {
    name: 'closeQuestion',
    author: (t) => t.asker,
    run: (a, t) => closeQuestion(a, { questionId: t.question.id, reason: 'Off topic for this site' }),
  },
  { name: 'reopenQuestion', author: (t) => t.asker, prepare: closeIt, run: (a, t) => reopenQuestion(a, t.question.id) },
  { name: 'deletePost on the answer', author: (t) => t.answerer, run: (a, t) => deletePost(a, t.answer.id) },
  {
    name: 'restorePost on a deleted answer',
    author: (t) => t.answerer,
    prepare: deleteAnswer,
    run: (a, t) => restorePost(a, t.answer.id),
  },
]

const cases = writes.flatMap((write) =>
  actorKeys.map((key, i) => ({ write, key, expected: expectations[write.name]?.[i] ?? 'missing' })),
)

describe('who may do what, on a fresh thread', () => {
  it('states an outcome for every write and every actor', () => {
    expect(Object.keys(expectations)).toEqual(writes.map((w) => w.name))
    for (const [name, row] of Object.entries(expectations)) expect(row, name).toHaveLength(actorKeys.length)
  })

  it.each(cases.map((c) => [c.write.name, c.key, c.expected, c] as const))(
    '%s by %s → %s',
    async (_name, _key, _expected, { write, key, expected }) => {
      const t = await buildThread()
      await write.prepare?.(t)
      await recount()
      const actor = await actorFor(key, t, write.author(t))
      const before = await snapshot()
      const result = await write.run(actor, t)
      if (expected === 'ok') {
        expect(result.ok ? 'ok' : `${result.error.code}: ${result.error.message}`).toBe('ok')
        expect(await snapshot()).not.toEqual(before)
      } else {
        expect(result.ok ? 'ok' : result.error.code).toBe(expected)
        expect(!result.ok && result.error.message.trim().length).toBeGreaterThan(0)
        expect(await snapshot()).toEqual(before)
      }
    },
  )
})

describe('when the site turns anonymous posting off', () => {
  const posts = writes.slice(0, 3)
  it.each(posts.map((w) => [w.name, w] as const))(
    '%s by an anonymous poster is refused and changes nothing',
    async (_name, write) => {
      const t = await buildThread()
      await getDb().execute(sql`insert into settings (key, value) values ('allowAnonymousPosts', 'false'::jsonb)`)
      await recount()
      const before = await snapshot()
      const result = await write.run(anonymous(), t)
      expect(result.ok ? 'ok' : result.error.code).toBe('unauthenticated')
      expect(await snapshot()).toEqual(before)
      const member = await write.run(memberOf(await reload(t.other)), t)
      expect(member.ok).toBe(true)
    },
  )
})
