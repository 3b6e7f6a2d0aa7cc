import 'server-only'
import { eq, sql } from 'drizzle-orm'
import { getDb } from '@/db/client'
import { users } from '@/db/schema'
import { fail, ok, type Result } from '@/lib/result'
import { verifyPassword } from './password'
import { chargeSignInAttempt, settleSignInAttempt } from './sign-in-throttle'

export type SignedInUser = { id: string; name: string; email: string | null }

export const wrongPasswordMessage = 'That email and password do not match an account with a confirmed address.'

/**
 * An email and password from `ip` (a checked address, or null), held to the sign-in limits
 * before the password is even looked at. The one check behind every password sign-in.
 */
export async function signInWithPassword(
  input: { email: string; password: string },
  ip: string | null,
): Promise<Result<SignedInUser>> {
  const charged = await chargeSignInAttempt(input.email, ip)
  if (!charged.ok) return charged
  const [user] = await getDb()
    .select({
      id: users.id,
      name: users.displayName,
      email: users.email,
      passwordHash: users.passwordHash,
      verifiedAt: users.emailVerifiedAt,
      isSuspended: users.isSuspended,
    })
    .from(users)
    .where(eq(sql`lower(${users.email})`, input.email.toLowerCase()))
  // Always verify a hash (a dummy one for unknown emails), so the answer time tells nothing.
  const valid = await verifyPassword(user?.passwordHash ?? null, input.password)
  const signedIn = user && valid && user.verifiedAt && !user.isSuspended ? user : null
  await settleSignInAttempt(charged.data, signedIn ? { userId: signedIn.id, ip } : null)
  if (!signedIn) return fail('unauthenticated', wrongPasswordMessage)
  return ok({ id: String(signedIn.id), name: signedIn.name, email: signedIn.email })
}
