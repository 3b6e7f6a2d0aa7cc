import 'server-only'
import { sql } from 'drizzle-orm'
import { getDb } from '@/db/client'
import { refreshPoints } from '@/db/counters'
import type { Actor } from '@/lib/auth/actor'
import { canVote } from '@/lib/auth/policy'
import { cacheTags } from '@/lib/cache-tags'
import { isReadable, locatePost, postTable } from '@/lib/posts/locate'
import { consumeRateLimit } from '@/lib/rate-limit/consume'
import { fail, ok, type Result } from '@/lib/result'
import { getSettings } from '@/lib/settings/queries'
import type { CastVoteInput } from './schemas'

export type VoteOutcome = { postId: number; score: number; myVote: -1 | 0 | 1; refresh: string[] }

/**
 * Votes up or down; the same vote again withdraws it, the other one switches it. Race-free: the
 * post's row is locked first, so every vote on one post is applied in turn, each as a delta on
 * its counters, and the voter's (post, user) primary key makes a double submit count once.
 * Refreshes: the thread and the question lists.
 */
export async function castVote(actor: Actor, input: CastVoteInput): Promise<Result<VoteOutcome>> {
  const settings = await getSettings()
  if (actor.kind === 'member') {
    const limited = await consumeRateLimit('vote', actor)
    if (!limited.ok) return limited
  }
  const value = input.direction === 'up' ? 1 : input.direction === 'down' ? -1 : 0
  return getDb().transaction(async (tx) => {
    const post = await locatePost(tx, input.postId, true)
    if (!post || !isReadable(post)) return fail('not_found', 'That post is not available any more.')
    if (actor.kind !== 'member') return fail('unauthenticated', 'Sign in to vote.')
    if (actor.isSuspended) return fail('forbidden', 'Your account is suspended.')
    if (post.type === 'comment' && value === -1) return fail('invalid', 'Comments can only be voted up.')
    if (post.authorId === actor.id) return fail('forbidden', 'You cannot vote on your own post.')
    if (value !== 0 && !canVote(actor, post, value, settings)) {
      const needed = value === 1 ? settings.privileges.voteUp : settings.privileges.voteDown
      return fail(
        'forbidden',
        actor.isSuspended ? 'Your account is suspended.' : `Voting ${input.direction} needs ${needed} points.`,
      )
    }

    const { rows } = await tx.execute<{ value: number; isRecent: boolean }>(sql`
      select value, updated_at > now() - interval '3 seconds' as "isRecent" from votes where post_id = ${post.id} and user_id = ${actor.id}`)
    const previous = rows[0]?.value ?? 0
    // A toggle repeated within seconds is a double submit, not a change of mind.
    const isDoubleSubmit = input.mode === 'toggle' && previous === value && rows[0]?.isRecent === true
    const next = input.mode === 'set' || isDoubleSubmit ? value : previous === value ? 0 : value
    if (input.mode === 'toggle' && value === 0) return fail('invalid', 'Choose up or down.')
    if (next === previous) {
      const { rows: current } = await tx.execute<{ score: number }>(
        sql`select score from ${postTable(post.type)} where id = ${post.id}`,
      )
      return ok({ postId: post.id, score: current[0]!.score, myVote: next, refresh: [] })
    }
    if (next === 0) await tx.execute(sql`delete from votes where post_id = ${post.id} and user_id = ${actor.id}`)
    else
      await tx.execute(sql`
        insert into votes (post_id, post_type, user_id, value) values (${post.id}, ${post.type}, ${actor.id}, ${next})
        on conflict (post_id, user_id) do update set value = excluded.value, updated_at = now()`)

    const up = (next === 1 ? 1 : 0) - (previous === 1 ? 1 : 0)
    const down = (next === -1 ? 1 : 0) - (previous === -1 ? 1 : 0)
    const updated =
      post.type === 'comment'
        ? await tx.execute<{ score: number }>(
            sql`update comments set score = score + ${up} where id = ${post.id} returning score`,
          )
        : await tx.execute<{ score: number }>(sql`
            update ${postTable(post.type)} set upvotes = upvotes + ${up}, downvotes = downvotes + ${down}, score = score + ${up - down}
            where id = ${post.id} returning score`)
    // Comment votes earn no points (as in Question2Answer).
    if (post.type !== 'comment') await refreshPoints(tx, [post.authorId], settings.points)
    return ok({
      postId: post.id,
      score: updated.rows[0]!.score,
      myVote: next,
      refresh: [
        cacheTags.question(post.questionId),
        cacheTags.questionLists,
        ...(post.authorId ? [cacheTags.user(post.authorId), cacheTags.userList] : []),
      ],
    })
  })
}
