import 'server-only'
import { sql } from 'drizzle-orm'
import { getDb } from '@/db/client'
import { iso } from '@/lib/authors'
import { locatePost, type PostRow, type PostType } from '@/lib/posts/locate'

export type RevisionView = { revision: number; title: string | null; body: string; tags: string[] | null; editor: string; comment: string | null; createdAt: string }

export type PostHistory = { postId: number; type: PostType; questionId: number; slug: string; title: string; status: PostRow['status']; questionStatus: PostRow['status']; revisions: RevisionView[] }

/**
 * Every version of a post, oldest first; null when the post is not readable. Moderators
 * (`includeRemoved`) also see deleted and hidden ones, to restore them.
 */
export async function getPostHistory(postId: number, { includeRemoved = false } = {}): Promise<PostHistory | null> {
  const db = getDb()
  const post = await locatePost(db, postId)
  if (!post || (!includeRemoved && (post.status !== 'visible' || post.questionStatus !== 'visible'))) return null
  const [{ rows: thread }, { rows }] = await Promise.all([
    db.execute<{ slug: string; title: string }>(sql`select slug, title from questions where id = ${post.questionId}`),
    db.execute<{ revision: number; title: string | null; body: string; tags: string[] | null; editor: string | null; comment: string | null; createdAt: Date }>(sql`
      select r.revision, r.title, r.body, r.tags, coalesce(u.display_name, r.editor_name, 'Anonymous') as editor, r.comment, r.created_at as "createdAt"
      from revisions r left join users u on u.id = r.editor_id where r.post_id = ${postId} order by r.revision`),
  ])
  return {
    postId,
    type: post.type,
    questionId: post.questionId,
    slug: thread[0]!.slug,
    title: thread[0]!.title,
    status: post.status,
    questionStatus: post.questionStatus,
    revisions: rows.map((r) => ({ ...r, editor: r.editor ?? 'Anonymous', createdAt: iso(r.createdAt)! })),
  }
}

export type EditablePost = { postId: number; type: PostType; questionId: number; slug: string; authorId: number | null; title: string | null; body: string; categoryId: number | null; tags: string[] }

/** A visible post's current content, for its edit form. */
export async function getEditablePost(postId: number): Promise<EditablePost | null> {
  const db = getDb()
  const post = await locatePost(db, postId)
  if (!post || post.status !== 'visible' || post.questionStatus !== 'visible') return null
  const table = sql.raw(post.type === 'question' ? 'questions' : post.type === 'answer' ? 'answers' : 'comments')
  const { rows } = await db.execute<{ body: string; title: string | null; categoryId: number | null }>(sql`
    select body, ${post.type === 'question' ? sql`title` : sql`null::text`} as title, ${post.type === 'question' ? sql`category_id` : sql`null::int`} as "categoryId"
    from ${table} where id = ${postId}`)
  const { rows: thread } = await db.execute<{ slug: string }>(sql`select slug from questions where id = ${post.questionId}`)
  const { rows: tags } = await db.execute<{ name: string }>(sql`select t.name from question_tags qt join tags t on t.id = qt.tag_id where qt.question_id = ${postId} order by t.name`)
  return { postId, type: post.type, questionId: post.questionId, slug: thread[0]!.slug, authorId: post.authorId, ...rows[0]!, tags: tags.map((t) => t.name) }
}
