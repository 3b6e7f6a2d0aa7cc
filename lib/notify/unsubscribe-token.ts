import { createHmac, timingSafeEqual } from 'node:crypto'
import { env } from '@/lib/env'

/**
 * What an unsubscribe link stops: mail about a member's own activity, about what they follow, one
 * followed question, one digest cadence, or all mail to an anonymous poster's address.
 */
export type UnsubscribeScope =
  | { kind: 'own'; userId: number }
  | { kind: 'followed'; userId: number }
  | { kind: 'question'; userId: number; questionId: number }
  | { kind: 'digest'; userId: number; cadence: 'daily' | 'weekly' }
  | { kind: 'address'; email: string }

function secret(): string {
  if (!env.AUTH_SECRET) throw new Error('AUTH_SECRET is not set: `npm start` generates one, deployments must set it.')
  return env.AUTH_SECRET
}

const mac = (payload: string) => createHmac('sha256', `unsubscribe:${secret()}`).update(payload).digest('base64url')

/** A token for links that work without signing in: the scope, signed so nobody can forge another's. */
export function unsubscribeToken(scope: UnsubscribeScope): string {
  const payload = Buffer.from(JSON.stringify(scope)).toString('base64url')
  return `${payload}.${mac(payload)}`
}

export function readUnsubscribeToken(token: string): UnsubscribeScope | null {
  const [payload, signature, extra] = token.split('.')
  if (!payload || !signature || extra !== undefined || payload.length > 500) return null
  const expected = Buffer.from(mac(payload))
  const given = Buffer.from(signature)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null
  try {
    return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as UnsubscribeScope
  } catch {
    return null
  }
}
