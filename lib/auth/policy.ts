import type { SiteSettings } from '@/lib/settings/defaults'
import { atLeast, type Actor, type Member } from './actor'

/** Pure, synchronous permission rules. Every domain write checks one before it changes anything. */

export type PostRef = { authorId: number | null }

const activeMember = (actor: Actor): actor is Member => actor.kind === 'member' && !actor.isSuspended

export const canPost = (actor: Actor, s: SiteSettings): boolean =>
  activeMember(actor) || (actor.kind === 'anonymous' && s.allowAnonymousPosts)

export function canVote(actor: Actor, post: PostRef, value: 1 | -1, s: SiteSettings): boolean {
  if (!activeMember(actor) || post.authorId === actor.id) return false
  return actor.points >= (value === 1 ? s.privileges.voteUp : s.privileges.voteDown)
}

export const isAuthor = (actor: Actor, post: PostRef): boolean =>
  actor.kind === 'member' && post.authorId !== null && post.authorId === actor.id

export const canEdit = (actor: Actor, post: PostRef): boolean =>
  activeMember(actor) && (isAuthor(actor, post) || atLeast(actor, 'editor'))

export const canAccept = (actor: Actor, question: PostRef): boolean =>
  activeMember(actor) && (isAuthor(actor, question) || atLeast(actor, 'moderator'))

export const canClose = (actor: Actor, s: SiteSettings): boolean =>
  activeMember(actor) && (atLeast(actor, 'moderator') || actor.points >= s.privileges.closeQuestion)

export const canDelete = (actor: Actor, post: PostRef): boolean =>
  activeMember(actor) && (isAuthor(actor, post) || atLeast(actor, 'moderator'))

export const canModerate = (actor: Actor): boolean => atLeast(actor, 'moderator')

export const canCreateTag = (actor: Actor, s: SiteSettings): boolean =>
  activeMember(actor) && (atLeast(actor, 'editor') || actor.points >= s.privileges.createTag)
