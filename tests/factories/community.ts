import { eq } from 'drizzle-orm'
import { recomputeCounters } from '@/db/counters'
import { answers, categories, comments, questions, questionTags, tags, users, votes } from '@/db/schema'
import { slugify } from '@/lib/slug'
import { getDb } from './db'

let seq = 0
const next = () => ++seq

export async function createUser(over: Partial<typeof users.$inferInsert> = {}) {
  const n = next()
  const [row] = await getDb()
    .insert(users)
    .values({ handle: `user${n}`, displayName: `User ${n}`, email: `user${n}@test.invalid`, ...over })
    .returning()
  return row!
}

/** Creates a category below `parent` (or at the root). */
export async function createCategory(name: string, parent?: { id: number; path: string; depth: number }) {
  const slug = slugify(name)
  const [row] = await getDb()
    .insert(categories)
    .values({
      name,
      slug,
      parentId: parent?.id ?? null,
      path: parent ? `${parent.path}/${slug}` : slug,
      depth: parent ? parent.depth + 1 : 1,
    })
    .returning()
  return row!
}

async function lineage(categoryId: number): Promise<number[]> {
  const ids: number[] = []
  let current: number | null = categoryId
  while (current !== null) {
    const [row] = await getDb()
      .select({ id: categories.id, parentId: categories.parentId })
      .from(categories)
      .where(eq(categories.id, current))
    ids.unshift(row!.id)
    current = row!.parentId
  }
  return ids
}

async function tagId(name: string): Promise<number> {
  const [existing] = await getDb().select({ id: tags.id }).from(tags).where(eq(tags.name, name))
  if (existing) return existing.id
  const [row] = await getDb().insert(tags).values({ name }).returning({ id: tags.id })
  return row!.id
}

type QuestionInput = Partial<typeof questions.$inferInsert> & { title?: string; tags?: string[] }

export async function createQuestion(input: QuestionInput = {}) {
  const { tags: tagNames = [], ...over } = input
  const title = over.title ?? `Question number ${next()} about something that matters`
  const path = over.categoryId ? await lineage(over.categoryId) : []
  const [row] = await getDb()
    .insert(questions)
    .values({
      title,
      slug: slugify(title),
      body: 'The **body** of the question.',
      category1Id: path[0] ?? null,
      category2Id: path[1] ?? null,
      category3Id: path[2] ?? null,
      category4Id: path[3] ?? null,
      ...over,
    })
    .returning()
  for (const name of tagNames)
    await getDb()
      .insert(questionTags)
      .values({ questionId: row!.id, tagId: await tagId(name) })
  return row!
}

export async function createAnswer(questionId: number, over: Partial<typeof answers.$inferInsert> = {}) {
  const [row] = await getDb()
    .insert(answers)
    .values({ questionId, body: 'An answer with a *point*.', ...over })
    .returning()
  return row!
}

export async function createComment(questionId: number, over: Partial<typeof comments.$inferInsert> = {}) {
  const [row] = await getDb()
    .insert(comments)
    .values({ questionId, body: 'A comment.', ...over })
    .returning()
  return row!
}

export async function castVotes(postId: number, postType: 'question' | 'answer' | 'comment', values: number[]) {
  for (const value of values) {
    const voter = await createUser()
    await getDb().insert(votes).values({ postId, postType, userId: voter.id, value })
  }
}

export async function acceptAnswer(questionId: number, answerId: number) {
  await getDb().update(questions).set({ acceptedAnswerId: answerId }).where(eq(questions.id, questionId))
}

/** Makes the denormalised counters match the rows, as the write path does. */
export const recount = () => recomputeCounters(getDb())
