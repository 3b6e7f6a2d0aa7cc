import { sql } from 'drizzle-orm'
import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { findCounterDrift } from '@/db/counters'
import { postAnswer } from '@/lib/answers/mutations'
import { postComment } from '@/lib/comments/mutations'
import { deletePost, editPost, restorePost, rollbackPost } from '@/lib/posts/mutations'
import { acceptAnswer, askQuestion, closeQuestion, reopenQuestion } from '@/lib/questions/mutations'
import { getThread } from '@/lib/questions/thread-queries'
import { castVote } from '@/lib/votes/mutations'
import { cacheTags } from '@/lib/cache-tags'
import { anonymous, memberOf } from '../factories/actors'
import { createCategory, createUser } from '../factories/community'
import { closeDb, getDb, resetDatabase } from '../factories/db'
import { tags as tagsTable } from '@/db/schema'

const createTagNamed = (name: string) => getDb().insert(tagsTable).values({ name })

beforeEach(resetDatabase)
afterAll(closeDb)

const drift = () => findCounterDrift(getDb())
const unwrap = <T>(r: { ok: true; data: T } | { ok: false; error: { message: string } }): T => {
  if (!r.ok) throw new Error(r.error.message)
  return r.data
}

async function setup() {
  const root = await createCategory('Anxiety')
  const child = await createCategory('Panic attacks', root)
  const asker = await createUser({ points: 100 })
  const helper = await createUser({ points: 100 })
  const editor = await createUser({ role: 'editor', points: 100 })
  const moderator = await createUser({ role: 'moderator', points: 100 })
  return { root, child, asker, helper, editor, moderator }
}

describe('asking, answering and commenting', () => {
  it('writes the question, its tags, counts, first revision and points, and the thread shows it all', async () => {
    const { child, root, asker, helper } = await setup()
    const ask = unwrap(
      await askQuestion(memberOf(asker, { points: 1000 }), {
        title: 'How do I calm down at 3am?',
        body: 'It happens **every** night.',
        categoryId: child.id,
        tags: ['Sleep', 'Panic-Attacks'],
      }),
    )
    expect(ask.slug).toBe('how-do-i-calm-down-at-3am')
    expect(ask.refresh).toEqual(
      expect.arrayContaining([
        `question:${ask.id}`,
        `category:${root.id}`,
        `category:${child.id}`,
        'tag:sleep',
        'tag:panic-attacks',
        `user:${asker.id}`,
      ]),
    )
    const answer = unwrap(
      await postAnswer(memberOf(helper), { questionId: ask.id, body: 'Try slow breathing for two minutes.' }),
    )
    unwrap(await postComment(memberOf(asker), { parentId: answer.id, body: 'Thank you, I will try.' }))
    unwrap(
      await postComment(anonymous('night-owl'), { parentId: ask.id, body: 'Same here.', anonEmail: 'owl@example.org' }),
    )
    const thread = (await getThread(ask.id))!
    expect(thread.tags).toEqual(['panic-attacks', 'sleep'])
    expect(thread.answers).toHaveLength(1)
    expect(thread.answers[0]!.comments[0]!.bodyText).toBe('Thank you, I will try.')
    expect(thread.comments[0]!.author).toEqual({ kind: 'anonymous', name: 'night-owl' })
    expect(JSON.stringify(thread)).not.toContain('owl@example.org')
    const { rows } = await getDb().execute<{ n: number }>(sql`select count(*)::int as n from revisions`)
    expect(rows[0]!.n).toBe(4)
    expect(await drift()).toEqual([])
  })

  it('asks and answers anonymously, and refuses when the site turns that off', async () => {
    const { child } = await setup()
    const ask = unwrap(
      await askQuestion(anonymous('worried-sister', 'sis@example.org'), {
        title: 'My sister stopped eating',
        body: '',
        categoryId: child.id,
        tags: [],
      }),
    )
    unwrap(
      await postAnswer(anonymous(null), {
        questionId: ask.id,
        body: 'Talk to her gently and early.',
        anonName: 'Anon in Leeds',
      }),
    )
    const thread = (await getThread(ask.id))!
    expect(thread.author).toEqual({ kind: 'anonymous', name: 'worried-sister' })
    expect(thread.answers[0]!.author).toEqual({ kind: 'anonymous', name: 'Anon in Leeds' })
    await getDb().execute(sql`insert into settings (key, value) values ('allowAnonymousPosts', 'false'::jsonb)`)
    const refused = await postAnswer(anonymous(), { questionId: ask.id, body: 'Another anonymous answer.' })
    expect(refused.ok).toBe(false)
  })

  it('keeps tag creation behind the points threshold and names the field', async () => {
    const { child, asker } = await setup()
    const r = await askQuestion(memberOf(asker), {
      title: 'A question with a brand new tag',
      body: '',
      categoryId: child.id,
      tags: ['brand-new'],
    })
    expect(!r.ok && r.error).toMatchObject({ code: 'invalid', field: 'tags' })
    const bad = await askQuestion(memberOf(asker), {
      title: 'A question with a broken tag',
      body: '',
      categoryId: child.id,
      tags: ['!'],
    })
    expect(!bad.ok && bad.error.field).toBe('tags')
    const noCategory = await askQuestion(memberOf(asker), {
      title: 'A question in no category at all',
      body: '',
      categoryId: 999,
      tags: [],
    })
    expect(!noCategory.ok && noCategory.error.field).toBe('categoryId')
    expect(await drift()).toEqual([])
  })
})

describe('writing at the same moment', () => {
  // Each round used to deadlock about half the time: foreign-key checks on a category held a share
  // lock while the counts were updated row by row.
  it('lets one member’s simultaneous asks into a category and its subcategory, sharing new tags, all succeed; counts exact', async () => {
    const { root, child } = await setup()
    await createTagNamed('sleep')
    for (let round = 0; round < 6; round++) {
      const member = memberOf(await createUser({ points: 1000 }))
      const results = await Promise.all(
        Array.from({ length: 6 }, (_, i) =>
          askQuestion(member, {
            title: `Round ${round}: question number ${i}`,
            body: '',
            categoryId: i % 2 ? child.id : root.id,
            tags: ['sleep', `new-${round}`, `odd-${i % 2}`],
          }),
        ),
      )
      expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.error.message)).toEqual([])
    }
    expect(await drift()).toEqual([])
    const { rows } = await getDb().execute<{ n: number }>(
      sql`select question_count as n from tags where name = 'sleep'`,
    )
    expect(rows[0]!.n).toBe(36)
  })

  it('moves questions between two categories in opposite directions at once without a deadlock', async () => {
    const { root, editor } = await setup()
    const other = await createCategory('Sleep')
    const asker = memberOf(await createUser({ points: 1000 }))
    const asked = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        askQuestion(asker, {
          title: `Question number ${i} to move`,
          body: '',
          categoryId: i % 2 ? root.id : other.id,
          tags: [`t-${i % 3}`, 'all'],
        }),
      ),
    )
    const moved = await Promise.all(
      asked.map((r, i) =>
        editPost(memberOf(editor), {
          postId: unwrap(r).id,
          title: `Question number ${i} moved`,
          body: '',
          categoryId: i % 2 ? other.id : root.id,
          tags: [`t-${(i + 1) % 3}`, 'all'],
        }),
      ),
    )
    expect(moved.filter((r) => !r.ok).map((r) => !r.ok && r.error.message)).toEqual([])
    expect(await drift()).toEqual([])
  })
})

describe('what a write expires', () => {
  it('an answer, comment or vote expires its own thread only; retitling, deleting or restoring a question also the links beside every thread', async () => {
    const { child, asker, helper, moderator } = await setup()
    const q = unwrap(
      await askQuestion(memberOf(asker, { points: 1000 }), {
        title: 'Why do I wake at 4am?',
        body: '',
        categoryId: child.id,
        tags: ['sleep'],
      }),
    )
    const other = unwrap(
      await askQuestion(memberOf(asker, { points: 1000 }), {
        title: 'A different thread entirely',
        body: '',
        categoryId: child.id,
        tags: [],
      }),
    )
    // Tags a thread page carries (lib/cached.ts: readThread, readRelated, readTopInCategory).
    const otherThreadPage = [cacheTags.question(other.id), cacheTags.questionLinks]
    const answer = unwrap(await postAnswer(memberOf(helper), { questionId: q.id, body: 'Cut caffeine after noon.' }))
    const comment = unwrap(await postComment(memberOf(asker), { parentId: answer.id, body: 'Thanks, I will.' }))
    const vote = unwrap(await castVote(memberOf(asker), { postId: answer.id, direction: 'up', mode: 'set' }))
    for (const write of [q, answer, comment, vote]) {
      expect(write.refresh).toContain(cacheTags.question(q.id))
      for (const tag of otherThreadPage) expect(write.refresh).not.toContain(tag)
    }
    const answerEdit = unwrap(
      await editPost(memberOf(helper), { postId: answer.id, body: 'Cut caffeine after noon, and alcohol.' }),
    )
    expect(answerEdit.refresh).not.toContain(cacheTags.questionLinks)
    const retitle = unwrap(
      await editPost(memberOf(asker), { postId: q.id, title: 'Why do I always wake at 4am?', body: '' }),
    )
    const deleted = unwrap(await deletePost(memberOf(moderator), q.id))
    const restored = unwrap(await restorePost(memberOf(moderator), q.id))
    for (const write of [retitle, deleted, restored]) expect(write.refresh).toContain(cacheTags.questionLinks)
  })
})

describe('accepting', () => {
  it('leaves exactly one accepted answer when two are accepted at once, with points to match', async () => {
    const { child, asker, helper, editor } = await setup()
    const q = unwrap(
      await askQuestion(memberOf(asker), {
        title: 'Which answer is the best one?',
        body: '',
        categoryId: child.id,
        tags: [],
      }),
    )
    const a1 = unwrap(await postAnswer(memberOf(helper), { questionId: q.id, body: 'The first answer here.' }))
    const a2 = unwrap(await postAnswer(memberOf(editor), { questionId: q.id, body: 'The second answer here.' }))
    const results = await Promise.all(
      [a1, a2].map((a) => acceptAnswer(memberOf(asker), { questionId: q.id, answerId: a.id })),
    )
    expect(results.every((r) => r.ok)).toBe(true)
    const thread = (await getThread(q.id))!
    expect(thread.answers.filter((a) => a.isAccepted)).toHaveLength(1)
    expect(thread.answers[0]!.isAccepted).toBe(true)
    expect(await drift()).toEqual([])
    unwrap(await acceptAnswer(memberOf(asker), { questionId: q.id, answerId: null }))
    expect((await getThread(q.id))!.acceptedAnswerId).toBeNull()
    expect(await drift()).toEqual([])
  })
})

describe('editing, history and rollback', () => {
  it('records every version, moves the question between tags and categories, and rolls back', async () => {
    const { root, child, asker, editor, moderator } = await setup()
    const q = unwrap(
      await askQuestion(memberOf(asker, { points: 1000 }), {
        title: 'Original title of the question',
        body: 'First body.',
        categoryId: child.id,
        tags: ['sleep'],
      }),
    )
    unwrap(
      await editPost(memberOf(editor, { points: 1000 }), {
        postId: q.id,
        title: 'Better title of the question',
        body: 'Second body.',
        categoryId: root.id,
        tags: ['rest'],
        comment: 'clearer',
      }),
    )
    const thread = (await getThread(q.id))!
    expect(thread).toMatchObject({
      title: 'Better title of the question',
      slug: 'better-title-of-the-question',
      tags: ['rest'],
      edited: { by: editor.displayName },
    })
    const { rows: counts } = await getDb().execute<{ name: string; question_count: number }>(
      sql`select name, question_count from tags order by name`,
    )
    expect(counts).toEqual([
      { name: 'rest', question_count: 1 },
      { name: 'sleep', question_count: 0 },
    ])
    expect(await drift()).toEqual([])
    unwrap(await rollbackPost(memberOf(moderator), { postId: q.id, revision: 1 }))
    expect((await getThread(q.id))!).toMatchObject({ title: 'Original title of the question', tags: ['sleep'] })
    const { rows } = await getDb().execute<{ revision: number; title: string; comment: string | null }>(
      sql`select revision, title, comment from revisions where post_id = ${q.id} order by revision`,
    )
    expect(rows.map((r) => r.revision)).toEqual([1, 2, 3])
    expect(rows[2]!.comment).toBe('Rolled back to revision 1')
    expect(await drift()).toEqual([])
  })
})

describe('closing, deleting and restoring', () => {
  it('closes as a duplicate and reopens; deletes and restores with every count exact', async () => {
    const { child, asker, helper, moderator } = await setup()
    const target = unwrap(
      await askQuestion(memberOf(asker), {
        title: 'The original question here',
        body: '',
        categoryId: child.id,
        tags: [],
      }),
    )
    const dupe = unwrap(
      await askQuestion(memberOf(helper), {
        title: 'The same question asked again',
        body: '',
        categoryId: child.id,
        tags: [],
      }),
    )
    unwrap(await closeQuestion(memberOf(moderator), { questionId: dupe.id, duplicateOfId: target.id }))
    expect((await getThread(dupe.id))!.closed?.duplicateOf?.id).toBe(target.id)
    const closedAnswer = await postAnswer(memberOf(asker), {
      questionId: dupe.id,
      body: 'An answer to a closed question.',
    })
    expect(!closedAnswer.ok && closedAnswer.error.code).toBe('conflict')
    unwrap(await reopenQuestion(memberOf(moderator), dupe.id))
    const a = unwrap(await postAnswer(memberOf(asker), { questionId: dupe.id, body: 'Now it takes answers again.' }))
    unwrap(await acceptAnswer(memberOf(helper), { questionId: dupe.id, answerId: a.id }))
    unwrap(await deletePost(memberOf(asker), a.id))
    expect((await getThread(dupe.id))!.answerCount).toBe(0)
    expect(await drift()).toEqual([])
    expect((await restorePost(memberOf(asker), a.id)).ok).toBe(false)
    unwrap(await restorePost(memberOf(moderator), a.id))
    expect((await getThread(dupe.id))!.answerCount).toBe(1)
    unwrap(await deletePost(memberOf(moderator), dupe.id))
    expect(await getThread(dupe.id)).toBeNull()
    expect(await drift()).toEqual([])
  })
})
