import { sql } from 'drizzle-orm'
import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { follows, users } from '@/db/schema'
import { postAnswer } from '@/lib/answers/mutations'
import { postComment } from '@/lib/comments/mutations'
import { deletePost } from '@/lib/posts/mutations'
import { acceptAnswer, askQuestion } from '@/lib/questions/mutations'
import { anonymous, memberOf } from '../factories/actors'
import { createCategory, createUser } from '../factories/community'
import { closeDb, getDb, resetDatabase } from '../factories/db'

beforeEach(resetDatabase)
afterAll(closeDb)

type Row = { userId: number; kind: string; reason: string; email: string; postId: number }
const inbox = async (): Promise<Row[]> =>
  (
    await getDb().execute<Row>(
      sql`select user_id as "userId", kind, reason, email::text, post_id as "postId" from notifications order by user_id, id`,
    )
  ).rows
const outbox = async () =>
  (
    await getDb().execute<{ userId: number | null; toEmail: string | null; kind: string; key: string }>(
      sql`select user_id as "userId", to_email as "toEmail", kind, key from mail_messages order by id`,
    )
  ).rows

const follow = (
  userId: number,
  targetType: 'question' | 'category' | 'tag' | 'user',
  targetId: number,
  level: 'watching' | 'tracking' | 'muted' = 'watching',
) =>
  getDb()
    .insert(follows)
    .values({ userId, targetType, targetId, level })
    .onConflictDoUpdate({ target: [follows.userId, follows.targetType, follows.targetId], set: { level } })

const member = (over: Parameters<typeof createUser>[0] = {}) => createUser({ emailVerifiedAt: new Date(), ...over })
const tagIdOf = async (name: string) =>
  (await getDb().execute<{ id: number }>(sql`select id from tags where name = ${name}`)).rows[0]!.id

async function setting() {
  const parent = await createCategory('Family')
  const child = await createCategory('Siblings', { id: parent.id, path: parent.path, depth: parent.depth })
  return { parent, child }
}

async function ask(
  author: Awaited<ReturnType<typeof member>>,
  categoryId: number,
  tags: string[] = [],
  body = 'Some details about it.',
) {
  const r = await askQuestion(memberOf(author, { points: 5000 }), {
    title: 'How do I talk to my brother again?',
    body,
    categoryId,
    tags,
  })
  if (!r.ok) throw new Error(r.error.message)
  return r.data.id
}

describe('who hears about a new question', () => {
  it('followers of its category (and of parent categories), its tags and its author; not the author, not the unrelated', async () => {
    const { parent, child } = await setting()
    const asker = await member()
    const [parentFan, childFan, tagFan, askerFan, bystander, tracker] = await Promise.all(
      Array.from({ length: 6 }, () => member()),
    )
    await follow(parentFan!.id, 'category', parent.id)
    await follow(childFan!.id, 'category', child.id)
    await follow(askerFan!.id, 'user', asker.id)
    await follow(tracker!.id, 'category', child.id, 'tracking')
    await follow(asker.id, 'category', child.id) // their own question tells them nothing
    await askQuestion(memberOf(await member({ role: 'admin' })), {
      title: 'Seed the tag siblings for this test',
      body: '',
      categoryId: child.id,
      tags: ['siblings'],
    })
    await getDb().execute(sql`delete from notifications`)
    await getDb().execute(sql`delete from mail_messages`)
    await follow(tagFan!.id, 'tag', await tagIdOf('siblings'))

    const id = await ask(asker, child.id, ['siblings'])
    const rows = await inbox()
    const expected: [number, string, string][] = [
      [parentFan!.id, 'category', 'daily'],
      [childFan!.id, 'category', 'daily'],
      [tagFan!.id, 'tag', 'daily'],
      [askerFan!.id, 'user', 'daily'],
      [tracker!.id, 'category', 'none'],
    ]
    expect(rows.map((r) => [r.userId, r.reason, r.email])).toEqual(expected.sort((a, b) => a[0] - b[0]))
    expect(rows.every((r) => r.kind === 'new_question' && r.postId === id)).toBe(true)
    expect(rows.map((r) => r.userId)).not.toContain(bystander!.id)
    // Daily digests by default for categories and tags: nothing goes out at once.
    expect(await outbox()).toEqual([])
  })

  it('gives one notification to someone matched by several follows, and mail at once if they asked for it', async () => {
    const { child } = await setting()
    const asker = await member()
    const fan = await member({ emailFollowed: 'immediate' })
    await follow(fan.id, 'category', child.id)
    await follow(fan.id, 'user', asker.id)
    await ask(asker, child.id)
    expect((await inbox()).map((r) => [r.userId, r.reason, r.email])).toEqual([[fan.id, 'user', 'immediate']])
    expect(await outbox()).toEqual([expect.objectContaining({ userId: fan.id, kind: 'notification' })])
  })

  it('lets muted win over watching', async () => {
    const { child } = await setting()
    const asker = await member()
    const fan = await member()
    await follow(fan.id, 'category', child.id)
    await follow(fan.id, 'user', asker.id, 'muted')
    await ask(asker, child.id)
    expect(await inbox()).toEqual([])
  })
})

describe('answers, comments, mentions and accepted answers', () => {
  it('tells the asker and the thread’s followers about an answer, once each, and follows the thread for the answerer', async () => {
    const { child } = await setting()
    const asker = await member()
    const answerer = await member()
    const watcher = await member()
    const muter = await member()
    const qid = await ask(asker, child.id)
    await follow(watcher.id, 'question', qid)
    await follow(muter.id, 'question', qid, 'muted')
    await getDb().execute(sql`delete from notifications`)
    const r = await postAnswer(memberOf(answerer), {
      questionId: qid,
      body: 'Start with a short message, no pressure.',
    })
    expect(r.ok).toBe(true)
    const rows = await inbox()
    // The asker follows their own question (watching), so "own_post" and "question" meet: one row.
    expect(rows.map((x) => [x.userId, x.kind, x.reason, x.email])).toEqual([
      [asker.id, 'new_answer', 'own_post', 'immediate'],
      [watcher.id, 'new_answer', 'question', 'immediate'],
    ])
    const followed = await getDb().execute(
      sql`select 1 from follows where user_id = ${answerer.id} and target_type = 'question' and target_id = ${qid}`,
    )
    expect(followed.rows).toHaveLength(1)
    expect((await outbox()).map((m) => m.userId).sort()).toEqual([asker.id, watcher.id].sort())
  })

  it('tells a post’s author and earlier commenters about a comment, and a mentioned member', async () => {
    const { child } = await setting()
    const asker = await member()
    const answerer = await member()
    const earlier = await member()
    const mentioned = await member({ handle: 'sam-k' })
    const commenter = await member()
    const qid = await ask(asker, child.id)
    const a = await postAnswer(memberOf(answerer), { questionId: qid, body: 'Try writing a letter first.' })
    if (!a.ok) throw new Error()
    await postComment(memberOf(earlier), { parentId: a.data.id, body: 'Good idea.' })
    // Unfollow the thread for the asker: they still hear nothing about comments on someone else's answer.
    await follow(asker.id, 'question', qid, 'tracking')
    await getDb().execute(sql`delete from notifications`)
    const c = await postComment(memberOf(commenter), {
      parentId: a.data.id,
      body: 'Agreed, and @Sam-K knows more about this.',
    })
    if (!c.ok) throw new Error()
    const rows = (await inbox()).filter((r) => r.postId === c.data.id)
    expect(rows.map((x) => [x.userId, x.reason, x.email])).toEqual([
      [asker.id, 'question', 'none'],
      [answerer.id, 'own_post', 'immediate'],
      [earlier.id, 'commented', 'immediate'],
      [mentioned.id, 'mention', 'immediate'],
    ])
  })

  it('tells the answerer their answer was chosen, and an anonymous poster by the email they left', async () => {
    const { child } = await setting()
    const asker = await member()
    const answerer = await member()
    const qid = await ask(asker, child.id)
    const a = await postAnswer(memberOf(answerer), { questionId: qid, body: 'Time helps, and patience.' })
    const anon = await postAnswer(anonymous('quiet-reader'), {
      questionId: qid,
      body: 'Write to him on his birthday.',
      anonName: 'quiet-reader',
      anonEmail: 'Quiet@Example.org',
    })
    if (!a.ok || !anon.ok) throw new Error()
    await getDb().execute(sql`delete from notifications`)
    await getDb().execute(sql`delete from mail_messages`)
    await acceptAnswer(memberOf(asker), { questionId: qid, answerId: a.data.id })
    expect((await inbox()).map((x) => [x.userId, x.kind])).toEqual([[answerer.id, 'accepted']])
    await acceptAnswer(memberOf(asker), { questionId: qid, answerId: anon.data.id })
    const mails = await outbox()
    expect(mails).toContainEqual(
      expect.objectContaining({
        userId: null,
        toEmail: 'Quiet@Example.org',
        kind: 'anonymous',
        key: `anonymous:accepted:${anon.data.id}`,
      }),
    )
    // The address never reaches anyone's inbox row.
    expect(JSON.stringify(await inbox())).not.toContain('Quiet@Example.org')
  })

  it('notifies nobody of their own action, and nobody about a post that is gone', async () => {
    const { child } = await setting()
    const asker = await member()
    const qid = await ask(asker, child.id)
    await getDb().execute(sql`delete from notifications`)
    await postComment(memberOf(asker), { parentId: qid, body: 'Adding a detail myself.' })
    expect(await inbox()).toEqual([])
    const other = await member()
    const moderator = await member({ role: 'moderator' })
    await deletePost(memberOf(moderator), qid)
    await postAnswer(memberOf(other), { questionId: qid, body: 'An answer to a deleted question.' })
    expect(await inbox()).toEqual([])
  })

  it('sends no mail to suspended members or to members without a confirmed address', async () => {
    const { child } = await setting()
    const asker = await member()
    const suspended = await member()
    const unconfirmed = await createUser({ emailVerifiedAt: null })
    const qid = await ask(asker, child.id)
    await follow(suspended.id, 'question', qid)
    await follow(unconfirmed.id, 'question', qid)
    await getDb()
      .update(users)
      .set({ isSuspended: true })
      .where(sql`id = ${suspended.id}`)
    await getDb().execute(sql`delete from notifications`)
    await postAnswer(memberOf(await member()), { questionId: qid, body: 'Another answer arrives here.' })
    const rows = await inbox()
    expect(rows.map((r) => r.userId)).not.toContain(suspended.id)
    expect(rows.find((r) => r.userId === unconfirmed.id)?.email).toBe('none')
  })
})
