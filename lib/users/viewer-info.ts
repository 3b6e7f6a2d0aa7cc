import 'server-only'
import { eq, sql } from 'drizzle-orm'
import { getDb } from '@/db/client'
import { questions, users } from '@/db/schema'
import type { Member } from '@/lib/auth/actor'
import { canClose, canModerate } from '@/lib/auth/policy'
import { getSettings } from '@/lib/settings/queries'
import { listMyVotesInThread } from '@/lib/votes/queries'
import { getFollowLevel } from '@/lib/follows/queries'
import type { FollowLevel, FollowTarget } from '@/lib/follows/schemas'
import { countUnread } from '@/lib/notifications/queries'

export type ViewerInfo = {
  viewer: { id: number; name: string; handle: string; points: number; role: string; unread: number } | null
  /** How the viewer follows the page's question, category, tag or person (null: not at all). */
  follow: { level: FollowLevel | null } | null
  /** On the thread asked about: the viewer's votes, and whether they may accept and moderate. */
  thread: { votes: Record<number, 1 | -1>; isAsker: boolean; canModerate: boolean; canClose: boolean } | null
}

/** What the page's viewer island shows: never part of the cached HTML. */
export async function getViewerInfo(
  member: Member | null,
  questionId: number | null,
  followTarget: { targetType: FollowTarget; targetId: number } | null = null,
): Promise<ViewerInfo> {
  if (!member) return { viewer: null, thread: null, follow: null }
  const [[user], unread] = await Promise.all([
    getDb().select({ handle: users.handle }).from(users).where(eq(users.id, member.id)),
    countUnread(member.id),
  ])
  const viewer = {
    id: member.id,
    name: member.name,
    handle: user?.handle ?? '',
    points: member.points,
    role: member.role,
    unread,
  }
  const target =
    followTarget ?? (questionId === null ? null : { targetType: 'question' as const, targetId: questionId })
  const follow = target ? { level: await getFollowLevel(member.id, target.targetType, target.targetId) } : null
  if (questionId === null) return { viewer, thread: null, follow }
  const [q] = await getDb()
    .select({ authorId: questions.authorId })
    .from(questions)
    .where(sql`${questions.id} = ${questionId}`)
  const settings = await getSettings()
  return {
    viewer,
    follow,
    thread: {
      votes: await listMyVotesInThread(member.id, questionId),
      isAsker: q?.authorId === member.id,
      canModerate: canModerate(member),
      canClose: canClose(member, settings),
    },
  }
}
