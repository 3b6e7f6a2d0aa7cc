import 'server-only'
import { and, asc, desc, eq, ne, sql } from 'drizzle-orm'
import { alias } from 'drizzle-orm/pg-core'
import { getDb } from '@/db/client'
import { answers, categories, comments, questions, questionTags, users } from '@/db/schema'
import { iso, toAuthorRef } from '@/lib/authors'
import { markdownToText, renderMarkdown } from '@/lib/markdown/render'
import { noCensor, type Censor } from '@/lib/moderation/censor'
import { listTagNames } from './list-queries'
import type { AnswerView, CategoryRef, CommentView, EditInfo, RelatedQuestion, ThreadPage } from './types'

const editors = alias(users, 'editors')

const authorColumns = {
  authorId: users.id,
  authorHandle: users.handle,
  authorName: users.displayName,
  authorPoints: users.points,
}

function editInfo(at: Date | null, by: string | null): EditInfo {
  return at ? { at: iso(at)!, by } : null
}

/** What a thread URL resolves to: its canonical slug, or null when the id is unknown or not visible. */
export async function getQuestionRoute(id: number): Promise<{ id: number; slug: string } | null> {
  const [row] = await getDb()
    .select({ id: questions.id, slug: questions.slug })
    .from(questions)
    .where(and(eq(questions.id, id), eq(questions.status, 'visible')))
  return row ?? null
}

/** The whole thread as readers see it; null for unknown, hidden, pending or deleted questions. */
export async function getThread(id: number, censor: Censor = noCensor): Promise<ThreadPage | null> {
  const db = getDb()
  const [q] = await db
    .select({
      id: questions.id,
      slug: questions.slug,
      title: questions.title,
      body: questions.body,
      score: questions.score,
      answerCount: questions.answerCount,
      commentCount: questions.commentCount,
      viewCount: questions.viewCount,
      acceptedAnswerId: questions.acceptedAnswerId,
      categoryId: questions.categoryId,
      createdAt: questions.createdAt,
      lastActivityAt: questions.lastActivityAt,
      editedAt: questions.editedAt,
      editorName: editors.displayName,
      closedAt: questions.closedAt,
      closedReason: questions.closedReason,
      duplicateOfId: questions.duplicateOfId,
      anonName: questions.anonName,
      ...authorColumns,
    })
    .from(questions)
    .leftJoin(users, eq(users.id, questions.authorId))
    .leftJoin(editors, eq(editors.id, questions.editedById))
    .where(and(eq(questions.id, id), eq(questions.status, 'visible')))
  if (!q) return null

  const [answerRows, commentRows, tagNames, breadcrumb, duplicateOf] = await Promise.all([
    db
      .select({
        id: answers.id,
        body: answers.body,
        score: answers.score,
        createdAt: answers.createdAt,
        editedAt: answers.editedAt,
        editorName: editors.displayName,
        anonName: answers.anonName,
        ...authorColumns,
      })
      .from(answers)
      .leftJoin(users, eq(users.id, answers.authorId))
      .leftJoin(editors, eq(editors.id, answers.editedById))
      .where(and(eq(answers.questionId, id), eq(answers.status, 'visible')))
      .orderBy(
        desc(sql`${answers.id} = ${q.acceptedAnswerId ?? 0}`),
        desc(answers.score),
        asc(answers.createdAt),
        asc(answers.id),
      ),
    db
      .select({
        id: comments.id,
        answerId: comments.answerId,
        body: comments.body,
        score: comments.score,
        createdAt: comments.createdAt,
        editedAt: comments.editedAt,
        anonName: comments.anonName,
        ...authorColumns,
      })
      .from(comments)
      .leftJoin(users, eq(users.id, comments.authorId))
      .where(and(eq(comments.questionId, id), eq(comments.status, 'visible')))
      .orderBy(asc(comments.createdAt), asc(comments.id)),
    listTagNames([id]),
    q.categoryId ? getCategoryChain(q.categoryId) : Promise.resolve([]),
    q.duplicateOfId ? getRelatedRef(q.duplicateOfId) : Promise.resolve(null),
  ])

  const commentsByParent = new Map<number | null, CommentView[]>()
  for (const c of commentRows) {
    const list = commentsByParent.get(c.answerId) ?? []
    list.push({
      id: c.id,
      bodyHtml: renderMarkdown(c.body, censor),
      bodyText: censor(markdownToText(c.body)),
      score: c.score,
      createdAt: iso(c.createdAt)!,
      editedAt: iso(c.editedAt),
      author: toAuthorRef(c),
    })
    commentsByParent.set(c.answerId, list)
  }

  const answerViews: AnswerView[] = answerRows.map((a) => ({
    id: a.id,
    bodyHtml: renderMarkdown(a.body, censor),
    bodyText: censor(markdownToText(a.body)),
    score: a.score,
    isAccepted: a.id === q.acceptedAnswerId,
    createdAt: iso(a.createdAt)!,
    edited: editInfo(a.editedAt, a.editorName),
    author: toAuthorRef(a),
    comments: commentsByParent.get(a.id) ?? [],
  }))

  const times = [q.createdAt, q.editedAt, ...answerRows.flatMap((a) => [a.createdAt, a.editedAt])]
  const modifiedAt = new Date(Math.max(...times.filter((t): t is Date => t !== null).map((t) => t.getTime())))

  return {
    id: q.id,
    slug: q.slug,
    title: censor(q.title),
    bodyHtml: renderMarkdown(q.body, censor),
    bodyText: censor(markdownToText(q.body)),
    score: q.score,
    answerCount: q.answerCount,
    commentCount: q.commentCount,
    viewCount: q.viewCount,
    createdAt: iso(q.createdAt)!,
    lastActivityAt: iso(q.lastActivityAt)!,
    edited: editInfo(q.editedAt, q.editorName),
    modifiedAt: modifiedAt.toISOString(),
    author: toAuthorRef(q),
    breadcrumb,
    tags: tagNames.get(id) ?? [],
    closed: q.closedAt ? { at: iso(q.closedAt)!, reason: q.closedReason, duplicateOf } : null,
    acceptedAnswerId: answerViews.some((a) => a.isAccepted) ? q.acceptedAnswerId : null,
    answers: answerViews,
    comments: commentsByParent.get(null) ?? [],
  }
}

/** A category and its ancestors, root first. */
export async function getCategoryChain(categoryId: number): Promise<CategoryRef[]> {
  const result = await getDb().execute<{ id: number; name: string; path: string }>(sql`
    with recursive chain as (
      select id, parent_id, name, path, depth from ${categories} where id = ${categoryId}
      union all
      select c.id, c.parent_id, c.name, c.path, c.depth from ${categories} c join chain on c.id = chain.parent_id
    )
    select id, name, path from chain order by depth`)
  return result.rows.map((r) => ({ id: r.id, name: r.name, path: r.path }))
}

async function getRelatedRef(id: number): Promise<RelatedQuestion | null> {
  const [row] = await getDb()
    .select({ id: questions.id, slug: questions.slug, title: questions.title, score: questions.score, answerCount: questions.answerCount })
    .from(questions)
    .where(and(eq(questions.id, id), eq(questions.status, 'visible')))
  return row ?? null
}

/** The most-voted threads, prerendered at build; capped so build time does not grow with the site. */
export async function listPopularQuestionRoutes(limit: number): Promise<{ id: number; slug: string }[]> {
  return getDb()
    .select({ id: questions.id, slug: questions.slug })
    .from(questions)
    .where(eq(questions.status, 'visible'))
    .orderBy(desc(questions.score), desc(questions.id))
    .limit(limit)
}
