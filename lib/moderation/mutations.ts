import 'server-only'
import { sql } from 'drizzle-orm'
import { getDb } from '@/db/client'
import type { Actor } from '@/lib/auth/actor'
import { canModerate, isAuthor } from '@/lib/auth/policy'
import { locatePost, type PostRow, type Tx } from '@/lib/posts/locate'
import { changeStatus } from '@/lib/posts/mutations'
import { threadRefreshTags } from '@/lib/posts/refresh'
import { consumeRateLimit } from '@/lib/rate-limit/consume'
import { fail, ok, type Result } from '@/lib/result'
import type { SiteSettings } from '@/lib/settings/defaults'
import { getSettings } from '@/lib/settings/queries'
import { notifyApproved } from './hold'
import { recordAudit } from './audit'
import { flagReasons, type FlagPostInput, type ModerationAction, type ModeratePostsInput } from './schemas'

type Refresh = { refresh: string[] }

async function openFlagCount(tx: Tx, postId: number): Promise<number> {
  const { rows } = await tx.execute<{ n: number }>(
    sql`select count(*)::int as n from flags where post_id = ${postId} and resolved_at is null`,
  )
  return rows[0]!.n
}

/** Tags to expire when a post changes status: its thread, and links beside every thread for a question. */
const refreshFor = (tx: Tx, post: PostRow, people: (number | null)[]) =>
  threadRefreshTags(tx, post.questionId, people, post.type === 'question')

/**
 * A member reports a post. One flag per member per post; at the site's threshold of open flags
 * the post is hidden until a moderator reviews it (recorded in the audit log as the system's act).
 */
export async function flagPost(actor: Actor, input: FlagPostInput): Promise<Result<Refresh & { hidden: boolean }>> {
  if (actor.kind !== 'member') return fail('unauthenticated', 'Sign in to flag a post.')
  if (actor.isSuspended) return fail('forbidden', 'Your account is suspended.')
  const limited = await consumeRateLimit('flag', actor)
  if (!limited.ok) return limited
  const settings = await getSettings()
  return getDb().transaction(async (tx) => {
    const post = await locatePost(tx, input.postId, true)
    if (!post || post.status !== 'visible' || post.questionStatus !== 'visible')
      return fail('not_found', 'That post is not available any more.')
    if (isAuthor(actor, post)) return fail('forbidden', 'You cannot flag your own post; edit or delete it instead.')
    const reason = input.details ? `${flagReasons[input.reason]}: ${input.details}` : flagReasons[input.reason]
    const { rows } = await tx.execute<{ postId: number }>(sql`
      insert into flags (post_id, post_type, user_id, reason) values (${post.id}, ${post.type}, ${actor.id}, ${reason})
      on conflict (post_id, user_id) do nothing returning post_id as "postId"`)
    if (rows.length === 0) return fail('conflict', 'You have already flagged this post. A moderator will look at it.')
    const open = await openFlagCount(tx, post.id)
    if (open < settings.moderation.flagsToHide) return ok({ refresh: [], hidden: false })
    const people = await changeStatus(tx, post, 'hidden', settings)
    await recordAudit(tx, {
      actorId: null,
      action: 'auto_hide',
      targetType: post.type,
      targetId: post.id,
      before: { status: 'visible' },
      after: { status: 'hidden' },
      reason: `${open} flags`,
    })
    return ok({ refresh: await refreshFor(tx, post, people), hidden: true })
  })
}

const targetStatus: Record<ModerationAction, 'visible' | 'hidden' | 'deleted' | null> = {
  approve: 'visible',
  hide: 'hidden',
  delete: 'deleted',
  restore: 'visible',
  spam: 'hidden',
}

async function moderateOne(
  tx: Tx,
  actor: Actor & { kind: 'member' },
  post: PostRow,
  action: ModerationAction,
  reason: string | null,
  settings: SiteSettings,
): Promise<string[]> {
  const before = { status: post.status, openFlags: await openFlagCount(tx, post.id) }
  // Approving a post that is up keeps it up (and clears its flags); restore only brings one back.
  const to = action === 'approve' && post.status === 'deleted' ? 'deleted' : targetStatus[action]
  const people = to ? await changeStatus(tx, post, to, settings) : []
  if (post.status === 'pending' && to === 'visible') await notifyApproved(tx, post)
  await tx.execute(sql`update flags set resolved_at = now() where post_id = ${post.id} and resolved_at is null`)
  await recordAudit(tx, {
    actorId: actor.id,
    action,
    targetType: post.type,
    targetId: post.id,
    before,
    after: { status: to ?? post.status, openFlags: 0 },
    reason,
  })
  return refreshFor(tx, post, people)
}

/** Approve, hide, delete, restore or mark as spam one post or many: moderators only, each one audited. */
export async function moderatePosts(
  actor: Actor,
  input: ModeratePostsInput,
): Promise<Result<Refresh & { count: number }>> {
  if (actor.kind !== 'member' || !canModerate(actor))
    return fail(actor.kind === 'anonymous' ? 'unauthenticated' : 'forbidden', 'Only moderators can do that.')
  const settings = await getSettings()
  return getDb().transaction(async (tx) => {
    const refresh = new Set<string>()
    // In id order, so two moderators acting on overlapping sets lock rows in the same order.
    for (const id of [...new Set(input.postIds)].sort((a, b) => a - b)) {
      const post = await locatePost(tx, id, true)
      if (!post) return fail('not_found', `Post ${id} does not exist.`, 'postIds')
      for (const tag of await moderateOne(tx, actor, post, input.action, input.reason || null, settings))
        refresh.add(tag)
    }
    return ok({ refresh: [...refresh], count: input.postIds.length })
  })
}
