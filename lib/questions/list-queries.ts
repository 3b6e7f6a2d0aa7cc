import 'server-only'
import { and, desc, eq, inArray, sql, type SQL } from 'drizzle-orm'

import { getDb } from '@/db/client'
import { categories, questions, questionTags, tags, users } from '@/db/schema'
import { iso, toAuthorRef } from '@/lib/authors'
import { excerpt, markdownToText } from '@/lib/markdown/render'
import type { Page, QuestionSummary } from './types'

export const PAGE_SIZE = 20

export const questionSorts = ['newest', 'hot', 'active', 'votes', 'answers'] as const
export type QuestionSort = (typeof questionSorts)[number]

export type QuestionFilter =
  | { kind: 'all' }
  | { kind: 'unanswered' }
  | { kind: 'category'; id: number; depth: number }
  | { kind: 'tag'; id: number; name: string }
  | { kind: 'author'; id: number }

function orderFor(sort: QuestionSort): SQL[] {
  switch (sort) {
    case 'newest':
      return [desc(questions.createdAt), desc(questions.id)]
    case 'hot':
      return [desc(questions.hotScore), desc(questions.id)]
    case 'active':
      return [desc(questions.lastActivityAt), desc(questions.id)]
    case 'votes':
      return [desc(questions.score), desc(questions.id)]
    case 'answers':
      return [desc(questions.answerCount), desc(questions.id)]
  }
}

const categoryLevelColumns = [
  questions.category1Id,
  questions.category2Id,
  questions.category3Id,
  questions.category4Id,
]

function whereFor(filter: QuestionFilter): SQL | undefined {
  const visible = eq(questions.status, 'visible')
  switch (filter.kind) {
    case 'all':
      return visible
    case 'unanswered':
      return and(visible, eq(questions.answerCount, 0))
    case 'category': {
      const column = categoryLevelColumns[filter.depth - 1]
      if (!column) throw new Error(`category depth ${filter.depth} out of range`)
      return and(visible, eq(column, filter.id))
    }
    case 'tag':
      return and(
        visible,
        sql`${questions.id} in (select ${questionTags.questionId} from ${questionTags} where ${questionTags.tagId} = ${filter.id})`,
      )
    case 'author':
      return and(visible, eq(questions.authorId, filter.id))
  }
}

/** One page of visible questions; page numbers start at 1 and beyond the end give an empty page. */
export async function listQuestions(opts: {
  filter: QuestionFilter
  sort: QuestionSort
  page: number
  pageSize?: number
}): Promise<Page<QuestionSummary>> {
  const db = getDb()
  const pageSize = opts.pageSize ?? PAGE_SIZE
  const where = whereFor(opts.filter)
  const [rows, [countRow]] = await Promise.all([
    db
      .select({
        id: questions.id,
        slug: questions.slug,
        title: questions.title,
        // Enough text for an excerpt even after a long code block, without shipping whole posts.
        body: sql<string>`left(${questions.body}, 3000)`,
        score: questions.score,
        answerCount: questions.answerCount,
        acceptedAnswerId: questions.acceptedAnswerId,
        viewCount: questions.viewCount,
        createdAt: questions.createdAt,
        lastActivityAt: questions.lastActivityAt,
        categoryId: categories.id,
        categoryName: categories.name,
        categoryPath: categories.path,
        authorId: users.id,
        authorHandle: users.handle,
        authorName: users.displayName,
        authorPoints: users.points,
        anonName: questions.anonName,
      })
      .from(questions)
      .leftJoin(users, eq(users.id, questions.authorId))
      .leftJoin(categories, eq(categories.id, questions.categoryId))
      .where(where)
      .orderBy(...orderFor(opts.sort))
      .limit(pageSize)
      .offset((opts.page - 1) * pageSize),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(questions)
      .where(where),
  ])
  const tagsByQuestion = await listTagNames(rows.map((r) => r.id))
  const total = countRow?.n ?? 0
  return {
    page: opts.page,
    total,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
    items: rows.map((r) => ({
      id: r.id,
      slug: r.slug,
      title: r.title,
      excerpt: excerpt(markdownToText(r.body), 180),
      score: r.score,
      answerCount: r.answerCount,
      hasAcceptedAnswer: r.acceptedAnswerId !== null,
      viewCount: r.viewCount,
      createdAt: iso(r.createdAt)!,
      lastActivityAt: iso(r.lastActivityAt)!,
      category: r.categoryId !== null ? { id: r.categoryId, name: r.categoryName!, path: r.categoryPath! } : null,
      tags: tagsByQuestion.get(r.id) ?? [],
      author: toAuthorRef(r),
    })),
  }
}

/** Tag names per question, in name order. */
export async function listTagNames(questionIds: number[]): Promise<Map<number, string[]>> {
  const result = new Map<number, string[]>()
  if (questionIds.length === 0) return result
  const rows = await getDb()
    .select({ questionId: questionTags.questionId, name: tags.name })
    .from(questionTags)
    .innerJoin(tags, eq(tags.id, questionTags.tagId))
    .where(inArray(questionTags.questionId, questionIds))
    .orderBy(tags.name)
  for (const row of rows) {
    const list = result.get(row.questionId) ?? []
    list.push(row.name)
    result.set(row.questionId, list)
  }
  return result
}
