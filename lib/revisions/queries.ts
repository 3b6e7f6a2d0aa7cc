import 'server-only'
import { sql } from 'drizzle-orm'
import { getDb } from '@/db/client'
import { iso } from '@/lib/authors'
import type { Actor } from '@/lib/auth/actor'
import { canModerate } from '@/lib/auth/policy'
import { makeCensor, noCensor } from '@/lib/moderation/censor'
import { hasFlagged } from '@/lib/moderation/queries'
import { isReadable, locatePost, type PostRow, type PostType } from '@/lib/posts/locate'
import { getSettings } from '@/lib/settings/queries'

export type RevisionView = {
  revision: number
  title: string | null
  body: string
  tags: string[] | null
  editor: string
  comment: string | null
  createdAt: string
}

export type PostHistory = {
  postId: number
  type: PostType
  questionId: number
  slug: string
  title: string
  status: PostRow['status']
  questionStatus: PostRow['status']
  revisions: RevisionView[]
}

/**
 * Every version of a post, oldest first, as `actor` may read it: null when they may not. Readers
 * see only what they could read on the thread (a visible post on a visible thread), with the site's
 * censored words masked as the thread masks them; moderators also see deleted and hidden posts,
 * to restore them, and their words as written, to judge them.
 */
export async function getPostHistory(actor: Actor | null, postId: number): Promise<PostHistory | null> {
  const db = getDb()
  const post = await locatePost(db, postId)
  const moderator = actor !== null && canModerate(actor)
  if (!post || (!moderator && !isReadable(post))) return null
  const [{ rows: thread }, { rows }, settings] = await Promise.all([
    db.execute<{ slug: string; title: string }>(sql`select slug, title from questions where id = ${post.questionId}`),
    db.execute<{
      revision: number
      title: string | null
      body: string
      tags: string[] | null
      editor: string | null
      comment: string | null
      createdAt: Date
    }>(sql`
      select r.revision, r.title, r.body, r.tags, coalesce(u.display_name, r.editor_name, 'Anonymous') as editor, r.comment, r.created_at as "createdAt"
      from revisions r left join users u on u.id = r.editor_id where r.post_id = ${postId} order by r.revision`),
    getSettings(),
  ])
  const censor = moderator ? noCensor : makeCensor(settings.spam.censoredWords)
  const masked = (text: string | null) => (text === null ? null : censor(text))
  return {
    postId,
    type: post.type,
    questionId: post.questionId,
    slug: thread[0]!.slug,
    title: censor(thread[0]!.title),
    status: post.status,
    questionStatus: post.questionStatus,
    revisions: rows.map((r) => ({
      ...r,
      title: masked(r.title),
      body: censor(r.body),
      tags: r.tags?.map(censor) ?? null,
      comment: masked(r.comment),
      editor: r.editor ?? 'Anonymous',
      createdAt: iso(r.createdAt)!,
    })),
  }
}

export type FlagTarget = {
  postId: number
  type: PostType
  questionId: number
  slug: string
  title: string
  status: PostRow['status']
}

/**
 * The post a member is about to flag: one they can read, or one hidden since they flagged it (the
 * flag page re-renders after the flag that hid it). Null for anyone else, or a visitor.
 */
export async function getFlagTarget(actor: Actor | null, postId: number): Promise<FlagTarget | null> {
  if (!actor || actor.kind !== 'member') return null
  const db = getDb()
  const post = await locatePost(db, postId)
  if (!post) return null
  const flaggedHidden =
    post.status === 'hidden' && post.questionStatus !== 'deleted' && (await hasFlagged(actor.id, postId))
  if (!isReadable(post) && !flaggedHidden) return null
  const [{ rows: thread }, settings] = await Promise.all([
    db.execute<{ slug: string; title: string }>(sql`select slug, title from questions where id = ${post.questionId}`),
    getSettings(),
  ])
  return {
    postId,
    type: post.type,
    questionId: post.questionId,
    slug: thread[0]!.slug,
    title: makeCensor(settings.spam.censoredWords)(thread[0]!.title),
    status: post.status,
  }
}

export type EditablePost = {
  postId: number
  type: PostType
  questionId: number
  slug: string
  authorId: number | null
  title: string | null
  body: string
  categoryId: number | null
  tags: string[]
}

/** A visible post's current content, for its edit form. */
export async function getEditablePost(postId: number): Promise<EditablePost | null> {
  const db = getDb()
  const post = await locatePost(db, postId)
  if (!post || !isReadable(post)) return null
  const table = sql.raw(post.type === 'question' ? 'questions' : post.type === 'answer' ? 'answers' : 'comments')
  const { rows } = await db.execute<{ body: string; title: string | null; categoryId: number | null }>(sql`
    select body, ${post.type === 'question' ? sql`title` : sql`null::text`} as title, ${post.type === 'question' ? sql`category_id` : sql`null::int`} as "categoryId"
    from ${table} where id = ${postId}`)
  const { rows: thread } = await db.execute<{ slug: string }>(
    sql`select slug from questions where id = ${post.questionId}`,
  )
  const { rows: tags } = await db.execute<{ name: string }>(
    sql`select t.name from question_tags qt join tags t on t.id = qt.tag_id where qt.question_id = ${postId} order by t.name`,
  )
  return {
    postId,
    type: post.type,
    questionId: post.questionId,
    slug: thread[0]!.slug,
    authorId: post.authorId,
    ...rows[0]!,
    tags: tags.map((t) => t.name),
  }
}
