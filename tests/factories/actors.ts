import type { Member } from '@/lib/auth/actor'
import type { User } from '@/db/schema'

/** The acting member for a user row, as the session layer will build it. */
export function memberOf(user: User, over: Partial<Member> = {}): Member {
  return {
    kind: 'member',
    id: user.id,
    name: user.displayName,
    role: user.role,
    points: user.points,
    isSuspended: user.isSuspended,
    ip: null,
    ...over,
  }
}

export const anonymous = (name: string | null = 'worried-sister', email: string | null = null) =>
  ({ kind: 'anonymous', name, email, ip: '127.0.0.2' }) as const

/** A moderator (or admin) for staff-only reads, which authorize on the actor alone; no row behind it. */
export const staffReader = (role: 'moderator' | 'admin' = 'moderator'): Member => ({
  kind: 'member',
  id: 2_000_000_000,
  name: 'Staff reader',
  role,
  points: 0,
  isSuspended: false,
  ip: null,
})
