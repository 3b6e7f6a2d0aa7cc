import type { Actor } from '@/lib/auth/actor'

/** Author columns for a new post: the member, or the anonymous poster's optional name and private email. */
export function authorValues(actor: Actor, input: { anonName?: string; anonEmail?: string }) {
  if (actor.kind === 'member') return { authorId: actor.id as number | null, anonName: null, anonEmail: null }
  return { authorId: null, anonName: input.anonName?.trim() || actor.name || null, anonEmail: input.anonEmail?.trim() || actor.email || null }
}
