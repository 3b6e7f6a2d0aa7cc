/** Who is acting. Domain writes take one as their first argument and authorize it themselves. */

export const roles = ['member', 'expert', 'editor', 'moderator', 'admin'] as const
export type Role = (typeof roles)[number]

export type Member = {
  kind: 'member'
  id: number
  name: string
  role: Role
  points: number
  isSuspended: boolean
  ip: string | null
}

/** A visitor without an account, posting under an optional display name (and a private email). */
export type AnonymousPoster = { kind: 'anonymous'; name: string | null; email: string | null; ip: string | null }

export type Actor = Member | AnonymousPoster

export const roleRank: Record<Role, number> = { member: 0, expert: 1, editor: 2, moderator: 3, admin: 4 }

export const atLeast = (actor: Actor, role: Role): boolean =>
  actor.kind === 'member' && !actor.isSuspended && roleRank[actor.role] >= roleRank[role]
