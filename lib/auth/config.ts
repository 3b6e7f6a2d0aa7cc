import 'server-only'
import NextAuth, { CredentialsSignin } from 'next-auth'
import Credentials from 'next-auth/providers/credentials'
import GitHub from 'next-auth/providers/github'
import Google from 'next-auth/providers/google'
import Nodemailer from 'next-auth/providers/nodemailer'
import { eq, sql } from 'drizzle-orm'
import { z } from 'zod'
import { getDb } from '@/db/client'
import { users } from '@/db/schema'
import { env } from '@/lib/env'
import { magicLinkMail } from '@/lib/mail/templates'
import { siteName } from '@/lib/settings/queries'
import { sendMail } from '@/lib/mail/send'
import { askwellAdapter } from './adapter'
import { verifyPassword } from './password'

const credentialsInput = z.object({ email: z.email().max(254), password: z.string().min(1).max(200) })

class InvalidLogin extends CredentialsSignin {
  code = 'invalid'
}

const oauth = [
  ...(env.AUTH_GITHUB_ID && env.AUTH_GITHUB_SECRET ? [GitHub({ clientId: env.AUTH_GITHUB_ID, clientSecret: env.AUTH_GITHUB_SECRET })] : []),
  ...(env.AUTH_GOOGLE_ID && env.AUTH_GOOGLE_SECRET ? [Google({ clientId: env.AUTH_GOOGLE_ID, clientSecret: env.AUTH_GOOGLE_SECRET })] : []),
]

export const oauthProviders = oauth.map((p) => ({ id: p.id, name: p.name }))

// Auth.js builds the links in sign-in mails, and decides whether cookies are Secure, from AUTH_URL
// when it is set, else from the request's Host / X-Forwarded-Host, which any client can forge (a
// sign-in link pointing at another site hands that site the token). So it is always set: to the
// site's public URL unless the operator chose another.
process.env.AUTH_URL ??= `${env.SITE_URL}/api/auth`

export const { handlers, auth, signIn, signOut } = NextAuth({
  adapter: askwellAdapter(),
  // Credentials sign-in only works with JWT sessions; every request re-reads the member (getViewer),
  // so a suspension takes effect at once.
  session: { strategy: 'jwt', maxAge: 30 * 24 * 3600 },
  secret: env.AUTH_SECRET,
  trustHost: true,
  pages: { signIn: '/sign-in', verifyRequest: '/sign-in/check-email', error: '/sign-in' },
  logger: {
    // A wrong password is an answer, not a server error: keep it out of the error log.
    error(error) {
      if (error instanceof CredentialsSignin) return
      console.error(error)
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw) {
        const parsed = credentialsInput.safeParse(raw)
        if (!parsed.success) throw new InvalidLogin()
        const [user] = await getDb()
          .select({ id: users.id, name: users.displayName, email: users.email, passwordHash: users.passwordHash, verifiedAt: users.emailVerifiedAt, isSuspended: users.isSuspended })
          .from(users)
          .where(eq(sql`lower(${users.email})`, parsed.data.email.toLowerCase()))
        // Always verify a hash (a dummy one for unknown emails), so the answer time tells nothing.
        const valid = await verifyPassword(user?.passwordHash ?? null, parsed.data.password)
        if (!user || !valid || !user.verifiedAt || user.isSuspended) throw new InvalidLogin()
        return { id: String(user.id), name: user.name, email: user.email }
      },
    }),
    Nodemailer({
      server: env.SMTP_URL ?? 'smtp://localhost:25',
      from: env.MAIL_FROM,
      maxAge: 24 * 3600,
      async sendVerificationRequest({ identifier, url }) {
        await sendMail({ to: identifier, ...magicLinkMail(await siteName(), url) })
      },
    }),
    ...oauth,
  ],
  callbacks: {
    async signIn({ user }) {
      // Before a magic link's first use the user has no row yet (Auth.js gives it a random id).
      if (!user.id || !/^\d+$/.test(user.id)) return true
      const [row] = await getDb().select({ isSuspended: users.isSuspended }).from(users).where(eq(users.id, Number(user.id)))
      return !row?.isSuspended
    },
    jwt({ token, user }) {
      if (user?.id) token.sub = user.id
      return token
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub
      return session
    },
  },
})
