import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { getQuestionRoute, getThread } from '@/lib/questions/thread-queries'
import {
  acceptAnswer,
  castVotes,
  createAnswer,
  createCategory,
  createComment,
  createQuestion,
  createUser,
  recount,
} from '../factories/community'
import { closeDb, resetDatabase } from '../factories/db'

const T0 = Date.parse('2025-03-01T12:00:00.000Z')
const at = (hours: number) => new Date(T0 + hours * 3600_000)

beforeEach(resetDatabase)
afterAll(closeDb)

/** A question in a three-level category with answers whose order depends on each of the three rules. */
async function buildThread() {
  const health = await createCategory('Health')
  const mind = await createCategory('Mind', health)
  const sleep = await createCategory('Sleep', mind)
  const asker = await createUser({ displayName: 'Asha Asker' })
  const answerer = await createUser({ displayName: 'Ben Answerer' })
  const editor = await createUser({ displayName: 'Edna Editor' })
  const q = await createQuestion({
    title: 'Why do I wake up at 4am every night?',
    body: 'I wake up **every** night at [4am](https://example.com).',
    authorId: asker.id,
    categoryId: sleep.id,
    tags: ['sleep', 'anxiety'],
    createdAt: at(0),
    editedAt: at(1),
    editedById: editor.id,
  })
  // Inserted before `twoOlder` but created later: only the createdAt rule puts it after.
  const twoNewer = await createAnswer(q.id, { authorId: answerer.id, body: 'Two votes, newer.', createdAt: at(3) })
  const twoOlder = await createAnswer(q.id, {
    authorId: answerer.id,
    body: 'Two votes, older.',
    createdAt: at(2),
    editedAt: at(5),
    editedById: editor.id,
  })
  const zeroOldest = await createAnswer(q.id, { authorId: answerer.id, body: 'No votes, oldest.', createdAt: at(1) })
  const accepted = await createAnswer(q.id, {
    authorId: answerer.id,
    body: 'Accepted, newest, no votes.',
    createdAt: at(4),
  })
  const anon = await createAnswer(q.id, {
    anonName: 'night-owl',
    anonEmail: 'secret-owl@example.com',
    body: 'Anonymous, down-voted.',
    createdAt: at(0.5),
  })
  const hidden = await createAnswer(q.id, {
    authorId: answerer.id,
    body: 'Hidden answer.',
    status: 'hidden',
    createdAt: at(1),
  })
  const deleted = await createAnswer(q.id, {
    authorId: answerer.id,
    body: 'Deleted answer.',
    status: 'deleted',
    deletedAt: at(6),
    createdAt: at(1),
  })
  await castVotes(twoNewer.id, 'answer', [1, 1])
  await castVotes(twoOlder.id, 'answer', [1, 1, 1, -1])
  await castVotes(anon.id, 'answer', [-1])
  await castVotes(hidden.id, 'answer', [1, 1, 1, 1, 1])
  await acceptAnswer(q.id, accepted.id)

  const onQuestion = await createComment(q.id, {
    authorId: answerer.id,
    body: 'Comment on the question.',
    createdAt: at(1),
  })
  const hiddenOnQuestion = await createComment(q.id, {
    authorId: answerer.id,
    body: 'Hidden comment.',
    status: 'hidden',
    createdAt: at(1),
  })
  const onAnswerLater = await createComment(q.id, {
    answerId: twoOlder.id,
    authorId: asker.id,
    body: 'Second on the answer.',
    createdAt: at(4),
  })
  const onAnswerAnon = await createComment(q.id, {
    answerId: twoOlder.id,
    anonName: 'quiet-reader',
    anonEmail: 'secret-reader@example.com',
    body: 'First on the answer.',
    createdAt: at(3),
  })
  const deletedOnAnswer = await createComment(q.id, {
    answerId: twoOlder.id,
    authorId: asker.id,
    body: 'Deleted.',
    status: 'deleted',
    createdAt: at(3),
  })
  const onHiddenAnswer = await createComment(q.id, {
    answerId: hidden.id,
    authorId: asker.id,
    body: 'On a hidden answer.',
    createdAt: at(3),
  })
  await recount()
  return {
    categories: { health, mind, sleep },
    users: { asker, answerer, editor },
    q,
    answers: { twoNewer, twoOlder, zeroOldest, accepted, anon, hidden, deleted },
    comments: { onQuestion, hiddenOnQuestion, onAnswerLater, onAnswerAnon, deletedOnAnswer, onHiddenAnswer },
  }
}

describe('getThread', () => {
  it('returns the question with rendered body, author points, root-first breadcrumb and tags', async () => {
    const f = await buildThread()
    const t = await getThread(f.q.id)
    expect(t).not.toBeNull()
    expect(t!.title).toBe('Why do I wake up at 4am every night?')
    expect(t!.slug).toBe('why-do-i-wake-up-at-4am-every-night')
    expect(t!.bodyHtml).toContain('<strong>every</strong>')
    expect(t!.bodyHtml).toMatch(/<a href="https:\/\/example.com" rel="nofollow ugc noopener">4am<\/a>/)
    expect(t!.bodyText).toBe('I wake up every night at 4am.')
    // 100 base + 10 × (2 for asking + 3 for selecting someone else's answer).
    expect(t!.author).toEqual({
      kind: 'user',
      id: f.users.asker.id,
      handle: f.users.asker.handle,
      name: 'Asha Asker',
      points: 150,
    })
    expect(t!.breadcrumb.map((c) => c.name)).toEqual(['Health', 'Mind', 'Sleep'])
    expect(t!.breadcrumb.map((c) => c.path)).toEqual(['health', 'health/mind', 'health/mind/sleep'])
    expect(t!.tags).toEqual(['anxiety', 'sleep'])
    expect(t!.closed).toBeNull()
  })

  it('orders answers accepted first, then by score, then oldest first, leaving out hidden and deleted ones', async () => {
    const f = await buildThread()
    const t = (await getThread(f.q.id))!
    const { accepted, twoOlder, twoNewer, zeroOldest, anon } = f.answers
    expect(t.answers.map((a) => a.id)).toEqual([accepted.id, twoOlder.id, twoNewer.id, zeroOldest.id, anon.id])
    expect(t.answers.map((a) => a.score)).toEqual([0, 2, 2, 0, -1])
    expect(t.answers.map((a) => a.isAccepted)).toEqual([true, false, false, false, false])
    expect(t.acceptedAnswerId).toBe(accepted.id)
    expect(t.answerCount).toBe(5)
    expect(t.answerCount).toBe(t.answers.length)
    const json = JSON.stringify(t)
    expect(json).not.toContain('Hidden answer.')
    expect(json).not.toContain('Deleted answer.')
  })

  it('groups comments under their answer or the question, oldest first, without hidden ones', async () => {
    const f = await buildThread()
    const t = (await getThread(f.q.id))!
    expect(t.comments.map((c) => c.id)).toEqual([f.comments.onQuestion.id])
    expect(t.commentCount).toBe(1)
    const byAnswer = new Map(t.answers.map((a) => [a.id, a.comments.map((c) => c.id)]))
    expect(byAnswer.get(f.answers.twoOlder.id)).toEqual([f.comments.onAnswerAnon.id, f.comments.onAnswerLater.id])
    for (const a of [f.answers.accepted, f.answers.twoNewer, f.answers.zeroOldest, f.answers.anon])
      expect(byAnswer.get(a.id)).toEqual([])
    const json = JSON.stringify(t)
    expect(json).not.toContain('Hidden comment.')
    expect(json).not.toContain('On a hidden answer.')
    expect(json).not.toContain('"Deleted."')
  })

  it('shows anonymous authors by display name and never their email', async () => {
    const f = await buildThread()
    const t = (await getThread(f.q.id))!
    const anon = t.answers.find((a) => a.id === f.answers.anon.id)!
    expect(anon.author).toEqual({ kind: 'anonymous', name: 'night-owl' })
    const comment = t.answers.find((a) => a.id === f.answers.twoOlder.id)!.comments[0]!
    expect(comment.author).toEqual({ kind: 'anonymous', name: 'quiet-reader' })
    const json = JSON.stringify(t)
    expect(json).not.toContain('secret-owl@example.com')
    expect(json).not.toContain('secret-reader@example.com')
    expect(json).not.toContain(f.users.asker.email!)
  })

  it('shows an anonymous question author without the email', async () => {
    const q = await createQuestion({ anonName: '  worried-sister  ', anonEmail: 'sister@example.com' })
    const nameless = await createQuestion({ anonName: null, anonEmail: 'nameless@example.com' })
    await recount()
    const t = (await getThread(q.id))!
    expect(t.author).toEqual({ kind: 'anonymous', name: 'worried-sister' })
    expect(JSON.stringify(t)).not.toContain('sister@example.com')
    expect((await getThread(nameless.id))!.author).toEqual({ kind: 'anonymous', name: 'Anonymous' })
  })

  it('reports who edited the question and an answer, and when', async () => {
    const f = await buildThread()
    const t = (await getThread(f.q.id))!
    expect(t.edited).toEqual({ at: at(1).toISOString(), by: 'Edna Editor' })
    const edited = t.answers.find((a) => a.id === f.answers.twoOlder.id)!
    expect(edited.edited).toEqual({ at: at(5).toISOString(), by: 'Edna Editor' })
    expect(t.answers.find((a) => a.id === f.answers.accepted.id)!.edited).toBeNull()
    // The newest change in the thread is the answer edit at +5h.
    expect(t.modifiedAt).toBe(at(5).toISOString())
  })

  it('clears acceptedAnswerId when the accepted answer is hidden', async () => {
    const q = await createQuestion()
    const visible = await createAnswer(q.id)
    const hidden = await createAnswer(q.id, { status: 'hidden' })
    await acceptAnswer(q.id, hidden.id)
    await recount()
    const t = (await getThread(q.id))!
    expect(t.acceptedAnswerId).toBeNull()
    expect(t.answers.map((a) => [a.id, a.isAccepted])).toEqual([[visible.id, false]])
    expect(t.answerCount).toBe(1)
  })

  it('returns null for hidden, deleted, pending and unknown questions', async () => {
    const hidden = await createQuestion({ status: 'hidden' })
    const deleted = await createQuestion({ status: 'deleted', deletedAt: new Date() })
    const pending = await createQuestion({ status: 'pending' })
    await recount()
    for (const q of [hidden, deleted, pending]) {
      expect(await getThread(q.id)).toBeNull()
      expect(await getQuestionRoute(q.id)).toBeNull()
    }
    expect(await getThread(999_999)).toBeNull()
    expect(await getQuestionRoute(999_999)).toBeNull()
  })

  it('resolves the route of a visible question to its canonical slug', async () => {
    const q = await createQuestion({ title: 'Café: how much caffeine is too much?' })
    expect(await getQuestionRoute(q.id)).toEqual({ id: q.id, slug: 'cafe-how-much-caffeine-is-too-much' })
  })

  it('shows when a question was closed as a duplicate of a visible question', async () => {
    const closer = await createUser()
    const original = await createQuestion({ title: 'How do I fall asleep faster?' })
    await createAnswer(original.id)
    const dup = await createQuestion({
      closedAt: at(2),
      closedById: closer.id,
      closedReason: 'duplicate',
      duplicateOfId: original.id,
    })
    const pointsToHidden = await createQuestion({ status: 'hidden' })
    const dupOfHidden = await createQuestion({
      closedAt: at(3),
      closedReason: 'duplicate',
      duplicateOfId: pointsToHidden.id,
    })
    await recount()
    const t = (await getThread(dup.id))!
    expect(t.closed).toEqual({
      at: at(2).toISOString(),
      reason: 'duplicate',
      duplicateOf: {
        id: original.id,
        slug: 'how-do-i-fall-asleep-faster',
        title: 'How do I fall asleep faster?',
        score: 0,
        answerCount: 1,
      },
    })
    expect((await getThread(dupOfHidden.id))!.closed).toEqual({
      at: at(3).toISOString(),
      reason: 'duplicate',
      duplicateOf: null,
    })
  })
})
