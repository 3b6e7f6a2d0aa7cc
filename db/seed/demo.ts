import { eq, sql } from 'drizzle-orm'
import { drizzle } from 'drizzle-orm/node-postgres'
import { slugify } from '../../lib/slug'
import { createPool } from '../client'
import { recomputeCounters } from '../counters'
import * as schema from '../schema'
import { demoCategories } from './demo/categories'
import { demoQuestions } from './demo/index'
import type { DemoAuthor, DemoCategory, DemoComment, DemoEdit } from './demo/types'
import { demoUsers } from './demo/users'

type Tx = Parameters<Parameters<ReturnType<typeof drizzle<typeof schema>>['transaction']>[0]>[0]

const HOUR = 3600_000
const DAY = 24 * HOUR

/** A small deterministic PRNG, so every fresh demo site looks the same. */
function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export type SeedSummary = { users: number; questions: number; answers: number; comments: number; votes: number }

async function insertCategories(
  tx: Tx,
  nodes: DemoCategory[],
  parent: { id: number; path: string; depth: number } | null,
  ids: Map<string, number[]>,
) {
  for (const [position, node] of nodes.entries()) {
    const path = parent ? `${parent.path}/${node.slug}` : node.slug
    const depth = parent ? parent.depth + 1 : 1
    const [row] = await tx
      .insert(schema.categories)
      .values({
        parentId: parent?.id ?? null,
        slug: node.slug,
        path,
        depth,
        name: node.name,
        description: node.description,
        position,
      })
      .returning({ id: schema.categories.id })
    ids.set(path, [...(parent ? ids.get(parent.path)! : []), row!.id])
    if (node.children) await insertCategories(tx, node.children, { id: row!.id, path, depth }, ids)
  }
}

/** Inserts the hand-written demo community and makes every counter exact. */
export async function seedDemo(tx: Tx, now = Date.now()): Promise<SeedSummary> {
  const random = prng(20261126)
  const summary: SeedSummary = { users: 0, questions: 0, answers: 0, comments: 0, votes: 0 }
  const clampPast = (t: number) => new Date(Math.min(t, now - 5 * 60_000))

  const userIds = new Map<string, number>()
  for (const u of demoUsers) {
    const [row] = await tx
      .insert(schema.users)
      .values({
        handle: u.handle,
        displayName: u.name,
        email: `${u.handle}@demo.invalid`,
        role: u.role ?? 'member',
        bio: u.bio ?? '',
        createdAt: new Date(now - u.joinedDaysAgo * DAY),
      })
      .returning({ id: schema.users.id })
    userIds.set(u.handle, row!.id)
  }
  summary.users = userIds.size
  const allUserIds = [...userIds.values()]
  const userId = (handle: string) => {
    const id = userIds.get(handle)
    if (id === undefined) throw new Error(`demo content names unknown user "${handle}"`)
    return id
  }
  const authorColumns = (by: DemoAuthor) =>
    typeof by === 'string'
      ? { authorId: userId(by) }
      : { authorId: null, anonName: by.anon, anonEmail: by.email ?? null }

  const categoryIds = new Map<string, number[]>()
  await insertCategories(tx, demoCategories, null, categoryIds)

  const tagIds = new Map<string, number>()
  for (const name of [...new Set(demoQuestions.flatMap((q) => q.tags))].sort()) {
    const [row] = await tx.insert(schema.tags).values({ name }).returning({ id: schema.tags.id })
    tagIds.set(name, row!.id)
  }

  const castVotes = async (
    postId: number,
    postType: 'question' | 'answer' | 'comment',
    net: number,
    authorId: number | null,
    at: Date,
  ) => {
    const voters = allUserIds.filter((id) => id !== authorId).sort(() => random() - 0.5)
    const down = net < 0 ? -net : net >= 4 && voters.length > net + 1 && postType !== 'comment' ? 1 : 0
    const up = net < 0 ? 0 : net + down
    const rows = voters
      .slice(0, up + down)
      .map((voter, i) => ({ postId, postType, userId: voter, value: i < up ? 1 : -1, createdAt: at, updatedAt: at }))
    if (rows.length < Math.abs(net))
      throw new Error(`post ${postId} wants ${net} votes but only ${voters.length} users can vote`)
    if (rows.length) await tx.insert(schema.votes).values(rows)
    summary.votes += rows.length
  }

  const revise = async (
    post: {
      id: number
      type: 'question' | 'answer' | 'comment'
      by: DemoAuthor
      createdAt: Date
      title?: string
      body: string
      tags?: string[]
      categoryId?: number | null
    },
    edit: DemoEdit | undefined,
  ) => {
    const authorId = typeof post.by === 'string' ? userId(post.by) : null
    const editorName = typeof post.by === 'string' ? null : post.by.anon
    const first = {
      postId: post.id,
      postType: post.type,
      revision: 1,
      editorId: authorId,
      editorName,
      createdAt: post.createdAt,
      tags: post.tags ?? null,
      categoryId: post.categoryId ?? null,
    }
    if (!edit) {
      await tx.insert(schema.revisions).values({ ...first, title: post.title ?? null, body: post.body })
      return null
    }
    const editedAt = clampPast(post.createdAt.getTime() + edit.hoursLater * HOUR)
    await tx.insert(schema.revisions).values([
      { ...first, title: edit.previousTitle ?? post.title ?? null, body: edit.previousBody ?? post.body },
      {
        ...first,
        revision: 2,
        title: post.title ?? null,
        body: post.body,
        editorId: userId(edit.by),
        editorName: null,
        createdAt: editedAt,
        comment: 'Edited for clarity',
      },
    ])
    return { editedAt, editedById: userId(edit.by) }
  }

  const insertComments = async (
    list: DemoComment[] | undefined,
    questionId: number,
    answerId: number | null,
    parentAt: Date,
  ) => {
    for (const c of list ?? []) {
      const createdAt = clampPast(parentAt.getTime() + c.hoursLater * HOUR)
      const [row] = await tx
        .insert(schema.comments)
        .values({ questionId, answerId, body: c.body, createdAt, ...authorColumns(c.by) })
        .returning({ id: schema.comments.id })
      await revise({ id: row!.id, type: 'comment', by: c.by, createdAt, body: c.body }, undefined)
      await castVotes(row!.id, 'comment', c.votes ?? 0, typeof c.by === 'string' ? userId(c.by) : null, createdAt)
      summary.comments++
    }
  }

  // Oldest first, so ids grow with time as they do on a live site.
  const ordered = [...demoQuestions].sort((a, b) => b.daysAgo - a.daysAgo)
  for (const q of ordered) {
    const lineage = categoryIds.get(q.category)
    if (!lineage) throw new Error(`demo question "${q.title}" names unknown category "${q.category}"`)
    const createdAt = new Date(now - q.daysAgo * DAY - Math.floor(random() * 12) * HOUR)
    const [row] = await tx
      .insert(schema.questions)
      .values({
        title: q.title,
        slug: slugify(q.title),
        body: q.body,
        categoryId: lineage.at(-1)!,
        category1Id: lineage[0] ?? null,
        category2Id: lineage[1] ?? null,
        category3Id: lineage[2] ?? null,
        category4Id: lineage[3] ?? null,
        viewCount: q.views,
        createdAt,
        lastActivityAt: createdAt,
        ...authorColumns(q.by),
      })
      .returning({ id: schema.questions.id })
    const questionId = row!.id
    summary.questions++
    const askerId = typeof q.by === 'string' ? userId(q.by) : null
    if (q.tags.length)
      await tx.insert(schema.questionTags).values(q.tags.map((t) => ({ questionId, tagId: tagIds.get(t)! })))
    const edited = await revise(
      {
        id: questionId,
        type: 'question',
        by: q.by,
        createdAt,
        title: q.title,
        body: q.body,
        tags: q.tags,
        categoryId: lineage.at(-1)!,
      },
      q.edit,
    )
    if (edited) await tx.update(schema.questions).set(edited).where(eq(schema.questions.id, questionId))
    await castVotes(questionId, 'question', q.votes, askerId, createdAt)
    await insertComments(q.comments, questionId, null, createdAt)

    for (const a of [...q.answers].sort((x, y) => x.hoursLater - y.hoursLater)) {
      const answeredAt = clampPast(createdAt.getTime() + a.hoursLater * HOUR)
      const [answer] = await tx
        .insert(schema.answers)
        .values({ questionId, body: a.body, createdAt: answeredAt, ...authorColumns(a.by) })
        .returning({ id: schema.answers.id })
      const answerId = answer!.id
      summary.answers++
      const answerEdit = await revise(
        { id: answerId, type: 'answer', by: a.by, createdAt: answeredAt, body: a.body },
        a.edit,
      )
      if (answerEdit) await tx.update(schema.answers).set(answerEdit).where(eq(schema.answers.id, answerId))
      if (a.isAccepted)
        await tx.update(schema.questions).set({ acceptedAnswerId: answerId }).where(eq(schema.questions.id, questionId))
      await castVotes(answerId, 'answer', a.votes, typeof a.by === 'string' ? userId(a.by) : null, answeredAt)
      await insertComments(a.comments, questionId, answerId, answeredAt)
    }
  }
  await recomputeCounters(tx)
  return summary
}

/**
 * Seeds the demo community into the database at `url` unless it was seeded before (or the
 * database already has questions of its own). Returns what it inserted, or null.
 */
export async function seedDemoOnce(url: string): Promise<SeedSummary | null> {
  const pool = createPool(url, 2)
  const db = drizzle(pool, { schema })
  try {
    return await db.transaction(async (tx) => {
      await tx.execute(sql`lock table meta in exclusive mode`)
      const { rows } = await tx.execute<{ seeded: boolean; has_questions: boolean }>(sql`
        select exists (select 1 from meta where key = 'demo_seeded') as seeded, exists (select 1 from questions) as has_questions`)
      if (rows[0]?.seeded || rows[0]?.has_questions) return null
      const summary = await seedDemo(tx)
      await tx.insert(schema.meta).values({ key: 'demo_seeded', value: new Date().toISOString() })
      return summary
    })
  } finally {
    await pool.end()
  }
}
