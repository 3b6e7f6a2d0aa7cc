import { fail, type Result } from '@/lib/result'
import { atLeast, type Actor } from './actor'

/**
 * The check at the top of every staff-only read: null when `actor` holds `role` (and is not
 * suspended), else the refusal to return: unauthenticated for a visitor, forbidden for a member.
 */
export function refuseBelow(
  actor: Actor | null,
  role: 'moderator' | 'admin',
  message = role === 'admin' ? 'For admins only.' : 'For moderators only.',
): Result<never> | null {
  if (actor && atLeast(actor, role)) return null
  return fail(!actor || actor.kind === 'anonymous' ? 'unauthenticated' : 'forbidden', message)
}
