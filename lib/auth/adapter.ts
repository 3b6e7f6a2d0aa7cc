import 'server-only'
import type { Adapter, AdapterAccount, AdapterUser } from 'next-auth/adapters'
import { and, eq, sql } from 'drizzle-orm'
import { getDb } from '@/db/client'
import { accounts, users, verificationTokens } from '@/db/schema'
import { freeHandle } from '@/lib/users/handles'

type UserRow = typeof users.$inferSelect

const toAdapterUser = (u: UserRow): AdapterUser => ({
  id: String(u.id),
  email: u.email ?? '',
  emailVerified: u.emailVerifiedAt,
  name: u.displayName,
  image: u.image,
})

const byEmail = (email: string) => eq(sql`lower(${users.email})`, email.toLowerCase())

/**
 * Auth.js storage on our own tables, which use integer user ids (Auth.js passes them as strings).
 * Sessions are JWTs, so there is no session table.
 */
export function askwellAdapter(): Adapter {
  const db = () => getDb()
  return {
    async createUser(user) {
      const handle = await freeHandle(db(), user.name || user.email)
      const [row] = await db()
        .insert(users)
        .values({
          handle,
          displayName: user.name?.trim() || handle,
          email: user.email.toLowerCase(),
          emailVerifiedAt: user.emailVerified,
          image: user.image,
        })
        .returning()
      return toAdapterUser(row!)
    },
    async getUser(id) {
      const [row] = await db()
        .select()
        .from(users)
        .where(eq(users.id, Number(id)))
      return row ? toAdapterUser(row) : null
    },
    async getUserByEmail(email) {
      const [row] = await db().select().from(users).where(byEmail(email))
      return row ? toAdapterUser(row) : null
    },
    async getUserByAccount({ provider, providerAccountId }) {
      const [row] = await db()
        .select({ user: users })
        .from(accounts)
        .innerJoin(users, eq(users.id, accounts.userId))
        .where(and(eq(accounts.provider, provider), eq(accounts.providerAccountId, providerAccountId)))
      return row ? toAdapterUser(row.user) : null
    },
    async updateUser(user) {
      // A magic link proves the address. A password set before it was proven came from whoever
      // typed the address into the sign-up form, so it is dropped (sign-up confirms by its own link).
      const [row] = await db()
        .update(users)
        .set({
          ...(user.emailVerified
            ? {
                emailVerifiedAt: user.emailVerified,
                passwordHash: sql`case when ${users.emailVerifiedAt} is null then null else ${users.passwordHash} end`,
              }
            : {}),
          ...(user.image !== undefined ? { image: user.image } : {}),
        })
        .where(eq(users.id, Number(user.id)))
        .returning()
      return toAdapterUser(row!)
    },
    async linkAccount(account: AdapterAccount) {
      await db()
        .insert(accounts)
        .values({
          userId: Number(account.userId),
          type: account.type,
          provider: account.provider,
          providerAccountId: account.providerAccountId,
          refreshToken: account.refresh_token,
          accessToken: account.access_token,
          expiresAt: account.expires_at,
          tokenType: account.token_type,
          scope: account.scope,
          idToken: account.id_token,
          sessionState: typeof account.session_state === 'string' ? account.session_state : null,
        })
    },
    async createVerificationToken(token) {
      await db().insert(verificationTokens).values(token)
      return token
    },
    async useVerificationToken({ identifier, token }) {
      const [row] = await db()
        .delete(verificationTokens)
        .where(and(eq(verificationTokens.identifier, identifier), eq(verificationTokens.token, token)))
        .returning()
      return row ?? null
    },
  }
}
