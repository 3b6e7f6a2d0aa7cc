import type { Actor } from '@/lib/auth/actor'
import { parseAddress } from '@/lib/net/client-address'

/**
 * Author columns for a new post: the member, or the anonymous poster's optional name and private
 * email; and the address it came from, checked (only a real address reaches the inet column).
 */
export function authorValues(actor: Actor, input: { anonName?: string; anonEmail?: string }) {
  const authorIp = parseAddress(actor.ip)
  if (actor.kind === 'member') return { authorId: actor.id as number | null, anonName: null, anonEmail: null, authorIp }
  return {
    authorId: null,
    anonName: input.anonName?.trim() || actor.name || null,
    anonEmail: input.anonEmail?.trim() || actor.email || null,
    authorIp,
  }
}
