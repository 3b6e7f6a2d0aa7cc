import 'server-only'
import { and, desc, eq, sql } from 'drizzle-orm'
import { getDb } from '@/db/client'
import { answers, categories, comments, questions, questionTags, tags, users } from '@/db/schema'
import { toAuthorRef } from '@/lib/authors'
import { renderPost } from '@/lib/markdown/render'
import { noCensor, type Censor } from '@/lib/moderation/censor'
import type { AnswerView, CategoryRef, CommentView, EditInfo, RelatedQuestion, ThreadPage } from './types'

function editInfo(at: string | null, by: string | null): EditInfo {
  return at ? { at, by } : null
}

/** What a thread URL resolves to: its canonical slug, or null when the id is unknown or not visible. */
export async function getQuestionRoute(id: number): Promise<{ id: number; slug: string } | null> {
  const [row] = await getDb()
    .select({ id: questions.id, slug: questions.slug })
    .from(questions)
    .where(and(eq(questions.id, id), eq(questions.status, 'visible')))
  return row ?? null
}

type AuthorJson = {
  authorId: number | null
  authorHandle: string | null
  authorName: string | null
  authorPoints: number | null
  anonName: string | null
}
type CommentJson = AuthorJson & {
  id: number
  answerId: number | null
  body: string
  score: number
  createdAt: string
  editedAt: string | null
}
type AnswerJson = AuthorJson & {
  id: number
  body: string
  score: number
  createdAt: string
  editedAt: string | null
  editorName: string | null
}
type ThreadRow = AuthorJson & {
  id: number
  slug: string
  title: string
  body: string
  score: number
  answerCount: number
  commentCount: number
  viewCount: number
  acceptedAnswerId: number | null
  createdAt: string
  lastActivityAt: string
  editedAt: string | null
  editorName: string | null
  closedAt: string | null
  closedReason: string | null
  answers: AnswerJson[]
  comments: CommentJson[]
  tags: string[]
  breadcrumb: CategoryRef[]
  duplicateOf: RelatedQuestion | null
}

// Timestamps as the ISO strings the DTOs carry, at the millisecond precision Date has.
const isoSql = (column: string) => sql.raw(`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`)
const authorSql = (post: string, user: string) =>
  sql.raw(
    `'authorId', ${user}.id, 'authorHandle', ${user}.handle, 'authorName', ${user}.display_name, 'authorPoints', ${user}.points, 'anonName', ${post}.anon_name`,
  )

/**
 * The whole thread as readers see it; null for unknown, hidden, pending or deleted questions.
 * One round trip: a cold render (what a crawler meets) waits on one query, not six.
 */
export async function getThread(id: number, censor: Censor = noCensor): Promise<ThreadPage | null> {
  const result = await getDb().execute<ThreadRow>(sql`
    select
      q.id, q.slug, q.title, q.body, q.score, q.answer_count as "answerCount", q.comment_count as "commentCount",
      q.view_count as "viewCount", q.accepted_answer_id as "acceptedAnswerId",
      ${isoSql('q.created_at')} as "createdAt", ${isoSql('q.last_activity_at')} as "lastActivityAt",
      ${isoSql('q.edited_at')} as "editedAt", qe.display_name as "editorName",
      ${isoSql('q.closed_at')} as "closedAt", q.closed_reason as "closedReason",
      q.anon_name as "anonName", qu.id as "authorId", qu.handle as "authorHandle", qu.display_name as "authorName", qu.points as "authorPoints",
      coalesce((
        select json_agg(json_build_object(
          'id', a.id, 'body', a.body, 'score', a.score, 'createdAt', ${isoSql('a.created_at')}, 'editedAt', ${isoSql('a.edited_at')},
          'editorName', ae.display_name, ${authorSql('a', 'au')})
          order by a.id = coalesce(q.accepted_answer_id, 0) desc, a.score desc, a.created_at, a.id)
        from ${answers} a left join ${users} au on au.id = a.author_id left join ${users} ae on ae.id = a.edited_by_id
        where a.question_id = q.id and a.status = 'visible'
      ), '[]') as answers,
      coalesce((
        select json_agg(json_build_object(
          'id', c.id, 'answerId', c.answer_id, 'body', c.body, 'score', c.score, 'createdAt', ${isoSql('c.created_at')},
          'editedAt', ${isoSql('c.edited_at')}, ${authorSql('c', 'cu')})
          order by c.created_at, c.id)
        from ${comments} c left join ${users} cu on cu.id = c.author_id
        where c.question_id = q.id and c.status = 'visible'
      ), '[]') as comments,
      coalesce((
        select json_agg(t.name order by t.name) from ${questionTags} qt join ${tags} t on t.id = qt.tag_id where qt.question_id = q.id
      ), '[]') as tags,
      coalesce((
        with recursive chain as (
          select id, parent_id, name, path, depth from ${categories} where id = q.category_id
          union all
          select p.id, p.parent_id, p.name, p.path, p.depth from ${categories} p join chain on p.id = chain.parent_id
        )
        select json_agg(json_build_object('id', id, 'name', name, 'path', path) order by depth) from chain
      ), '[]') as breadcrumb,
      (
        select json_build_object('id', d.id, 'slug', d.slug, 'title', d.title, 'score', d.score, 'answerCount', d.answer_count)
        from ${questions} d where d.id = q.duplicate_of_id and d.status = 'visible'
      ) as "duplicateOf"
    from ${questions} q
    left join ${users} qu on qu.id = q.author_id
    left join ${users} qe on qe.id = q.edited_by_id
    where q.id = ${id} and q.status = 'visible'`)
  const q = result.rows[0]
  if (!q) return null

  // A post's safe HTML and its plain text, both masked, from one parse.
  const bodyOf = (source: string) => {
    const { html, text } = renderPost(source, censor)
    return { bodyHtml: html, bodyText: censor(text) }
  }

  const commentsByParent = new Map<number | null, CommentView[]>()
  for (const c of q.comments) {
    const list = commentsByParent.get(c.answerId) ?? []
    list.push({
      id: c.id,
      ...bodyOf(c.body),
      score: c.score,
      createdAt: c.createdAt,
      editedAt: c.editedAt,
      author: toAuthorRef(c),
    })
    commentsByParent.set(c.answerId, list)
  }

  const answerViews: AnswerView[] = q.answers.map((a) => ({
    id: a.id,
    ...bodyOf(a.body),
    score: a.score,
    isAccepted: a.id === q.acceptedAnswerId,
    createdAt: a.createdAt,
    edited: editInfo(a.editedAt, a.editorName),
    author: toAuthorRef(a),
    comments: commentsByParent.get(a.id) ?? [],
  }))

  // ISO strings in UTC at one precision sort as time does.
  const modifiedAt = [q.createdAt, q.editedAt, ...q.answers.flatMap((a) => [a.createdAt, a.editedAt])].reduce<string>(
    (latest, t) => (t && t > latest ? t : latest),
    q.createdAt,
  )

  return {
    id: q.id,
    slug: q.slug,
    title: censor(q.title),
    ...bodyOf(q.body),
    score: q.score,
    answerCount: q.answerCount,
    commentCount: q.commentCount,
    viewCount: q.viewCount,
    createdAt: q.createdAt,
    lastActivityAt: q.lastActivityAt,
    edited: editInfo(q.editedAt, q.editorName),
    modifiedAt,
    author: toAuthorRef(q),
    breadcrumb: q.breadcrumb,
    tags: q.tags,
    closed: q.closedAt ? { at: q.closedAt, reason: q.closedReason, duplicateOf: q.duplicateOf } : null,
    acceptedAnswerId: answerViews.some((a) => a.isAccepted) ? q.acceptedAnswerId : null,
    answers: answerViews,
    comments: commentsByParent.get(null) ?? [],
  }
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
