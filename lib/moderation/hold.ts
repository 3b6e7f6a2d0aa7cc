import 'server-only'
import { sql } from 'drizzle-orm'
import { atLeast, type Actor } from '@/lib/auth/actor'
import { notifyNewPost } from '@/lib/notify/fanout'
import { locatePost, postTable, type PostRow, type Tx } from '@/lib/posts/locate'
import { changeStatus } from '@/lib/posts/mutations'
import type { SiteSettings } from '@/lib/settings/defaults'

export const heldMessage =
  'Thank you. Your post is waiting for a moderator’s approval and appears as soon as it is approved.'

/**
 * Whether a new post waits in the moderation queue: anonymous posts, and members' posts until one
 * of theirs has been approved (any visible post counts), each when the site's policy says so.
 * Editors and above are never held.
 */
export async function mustHold(tx: Pick<Tx, 'execute'>, actor: Actor, settings: SiteSettings): Promise<boolean> {
  if (actor.kind === 'anonymous') return settings.moderation.holdAnonymousPosts
  if (!settings.moderation.holdFirstPosts || atLeast(actor, 'editor')) return false
  const { rows } = await tx.execute<{ approved: boolean }>(sql`
    select exists (select 1 from questions where author_id = ${actor.id} and status = 'visible')
      or exists (select 1 from answers where author_id = ${actor.id} and status = 'visible')
      or exists (select 1 from comments where author_id = ${actor.id} and status = 'visible') as approved`)
  return !rows[0]?.approved
}

/**
 * Takes a post just written (visible, counted) out of view into the queue, in the same transaction:
 * the counts and points it added are taken back by the one routine that moves posts in and out.
 */
export async function holdNewPost(tx: Tx, id: number, settings: SiteSettings): Promise<void> {
  const post = await locatePost(tx, id, true)
  if (post) await changeStatus(tx, post, 'pending', settings)
}

/** The notifications a held post did not send, sent when a moderator approves it. */
export async function notifyApproved(tx: Tx, post: PostRow): Promise<void> {
  const { rows } = await tx.execute<{ body: string }>(
    sql`select body from ${postTable(post.type)} where id = ${post.id}`,
  )
  const parentId = post.type === 'comment' ? (post.answerId ?? post.questionId) : null
  await notifyNewPost(tx, {
    id: post.id,
    type: post.type,
    questionId: post.questionId,
    parentId,
    authorId: post.authorId,
    body: rows[0]?.body ?? '',
  })
}
