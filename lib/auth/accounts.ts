import 'server-only'
import { createHash, randomBytes } from 'node:crypto'
import { and, eq, gt, sql } from 'drizzle-orm'
import { getDb } from '@/db/client'
import { users, verificationTokens } from '@/db/schema'
import { siteName } from '@/lib/settings/queries'
import { accountExistsMail, confirmSignUpMail, noAccountMail, resetPasswordMail } from '@/lib/mail/templates'
import { sendMail } from '@/lib/mail/send'
import { fail, ok, type Result } from '@/lib/result'
import { absoluteUrl } from '@/lib/site'
import { freeHandle } from '@/lib/users/handles'
import { hashPassword } from './password'
import type { SignUpInput } from './schemas'

const digest = (token: string) => createHash('sha256').update(token).digest('hex')

/** A one-time token: the mail carries it, the database keeps only its hash. */
async function issueToken(identifier: string, ttlMs: number): Promise<string> {
  const token = randomBytes(32).toString('base64url')
  await getDb()
    .insert(verificationTokens)
    .values({ identifier, token: digest(token), expires: new Date(Date.now() + ttlMs) })
  return token
}

/** Uses up a token whose identifier starts with `prefix`; returns that identifier, or null. */
async function consumeToken(prefix: string, token: string): Promise<string | null> {
  const rows = await getDb()
    .delete(verificationTokens)
    .where(
      and(
        sql`starts_with(${verificationTokens.identifier}, ${prefix})`,
        eq(verificationTokens.token, digest(token)),
        gt(verificationTokens.expires, new Date()),
      ),
    )
    .returning({ identifier: verificationTokens.identifier })
  return rows[0]?.identifier ?? null
}

const findByEmail = async (email: string) =>
  (
    await getDb()
      .select({ id: users.id, verifiedAt: users.emailVerifiedAt })
      .from(users)
      .where(eq(sql`lower(${users.email})`, email))
  )[0] ?? null

/**
 * Sign-up with a password. Whether or not the address has an account, the caller learns the same
 * thing ("check your inbox") and a mail goes out, so the answer and its timing reveal nothing.
 */
export async function requestSignUp(input: SignUpInput): Promise<void> {
  // Hashed even when it is thrown away, so a known address answers as slowly as a new one.
  const [existing, passwordHash] = await Promise.all([findByEmail(input.email), hashPassword(input.password)])
  if (existing?.verifiedAt) {
    await sendMail({
      to: input.email,
      ...accountExistsMail(await siteName(), absoluteUrl('/sign-in'), absoluteUrl('/reset-password')),
    })
    return
  }
  if (!existing) {
    const handle = await freeHandle(getDb(), input.name)
    await getDb().insert(users).values({ handle, displayName: input.name, email: input.email })
  }
  // The password travels with its own confirmation token: whoever confirms gets the password
  // typed with that link, never one someone else typed for the same address.
  const token = await issueToken(`signup:${input.email}|${passwordHash}`, 24 * 3600_000)
  await sendMail({
    to: input.email,
    ...confirmSignUpMail(
      await siteName(),
      absoluteUrl(`/sign-up/confirm?email=${encodeURIComponent(input.email)}&token=${token}`),
    ),
  })
}

/** The link from the sign-up mail: proves the address, after which the password works. */
export async function confirmSignUp(email: string, token: string): Promise<Result<void>> {
  const identifier = await consumeToken(`signup:${email}|`, token)
  if (!identifier) return fail('invalid', 'That confirmation link has expired or was already used.')
  const passwordHash = identifier.slice(`signup:${email}|`.length)
  await getDb()
    .update(users)
    .set({ emailVerifiedAt: new Date(), passwordHash })
    .where(and(eq(sql`lower(${users.email})`, email), sql`${users.emailVerifiedAt} is null`))
  return ok(undefined)
}

/** Same answer for known and unknown addresses; the mail says which it was. */
export async function requestPasswordReset(email: string): Promise<void> {
  const existing = await findByEmail(email)
  if (!existing) {
    await sendMail({ to: email, ...noAccountMail(await siteName(), absoluteUrl('/sign-up')) })
    return
  }
  const token = await issueToken(`reset:${email}`, 3600_000)
  await sendMail({
    to: email,
    ...resetPasswordMail(
      await siteName(),
      absoluteUrl(`/reset-password?email=${encodeURIComponent(email)}&token=${token}`),
    ),
  })
}

export async function resetPassword(email: string, token: string, password: string): Promise<Result<void>> {
  if ((await consumeToken(`reset:${email}`, token)) !== `reset:${email}`)
    return fail('invalid', 'That reset link has expired or was already used. Ask for a new one.')
  // The link proved the address, so it counts as confirmed too.
  await getDb()
    .update(users)
    .set({
      passwordHash: await hashPassword(password),
      emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, now())`,
    })
    .where(eq(sql`lower(${users.email})`, email))
  return ok(undefined)
}
