import 'server-only'
import NextAuth, { CredentialsSignin } from 'next-auth'
import Credentials from 'next-auth/providers/credentials'
import GitHub from 'next-auth/providers/github'
import Google from 'next-auth/providers/google'
import Nodemailer from 'next-auth/providers/nodemailer'
import { eq } from 'drizzle-orm'
import { z } from 'zod'
import { getDb } from '@/db/client'
import { users } from '@/db/schema'
import { env } from '@/lib/env'
import { magicLinkMail } from '@/lib/mail/templates'
import { siteName } from '@/lib/settings/queries'
import { sendMail } from '@/lib/mail/send'
import { parseAddress } from '@/lib/net/client-address'
import { consumeRateLimit } from '@/lib/rate-limit/consume'
import { askwellAdapter } from './adapter'
import { signInWithPassword, wrongPasswordMessage } from './password-sign-in'

export const tooManyLinksMessage =
  'We have sent many sign-in links in a short time. Each one works for a day: use the newest in your inbox, or ask again later.'

const credentialsInput = z.object({ email: z.email().max(254), password: z.string().min(1).max(200) })

/**
 * A refused sign-in: `code` goes into the sign-in page's URL (Auth.js's endpoints) and `reason` is
 * the sentence our forms show (our actions get the error itself). Sign-in links use it too: it is
 * the refusal Auth.js lets through to both.
 */
export class SignInRefused extends CredentialsSignin {
  constructor(
    readonly code: 'invalid' | 'rate_limited',
    readonly reason: string,
  ) {
    super(reason)
  }
}

/** The one checked address scripts/lib/server.ts leaves on every request (see lib/net/client-address.ts). */
const addressOf = (request: Request) => parseAddress(request.headers.get('x-forwarded-for'))

const oauth = [
  ...(env.AUTH_GITHUB_ID && env.AUTH_GITHUB_SECRET
    ? [GitHub({ clientId: env.AUTH_GITHUB_ID, clientSecret: env.AUTH_GITHUB_SECRET })]
    : []),
  ...(env.AUTH_GOOGLE_ID && env.AUTH_GOOGLE_SECRET
    ? [Google({ clientId: env.AUTH_GOOGLE_ID, clientSecret: env.AUTH_GOOGLE_SECRET })]
    : []),
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
      // Every password sign-in comes through here, our form's and Auth.js's own endpoint's alike,
      // so the limits live here and not in the form's action.
      async authorize(raw, request) {
        const parsed = credentialsInput.safeParse(raw)
        if (!parsed.success) throw new SignInRefused('invalid', wrongPasswordMessage)
        const result = await signInWithPassword(parsed.data, addressOf(request))
        if (!result.ok)
          throw new SignInRefused(
            result.error.code === 'rate_limited' ? 'rate_limited' : 'invalid',
            result.error.message,
          )
        return result.data
      },
    }),
    Nodemailer({
      server: env.SMTP_URL ?? 'smtp://localhost:25',
      from: env.MAIL_FROM,
      maxAge: 24 * 3600,
      // Every sign-in link, from our form or Auth.js's endpoint, is sent from here: limited per
      // address and per account. Over the account's limit its owner still has the links already
      // sent, each good for a day, so asking for more cannot lock anyone out.
      async sendVerificationRequest({ identifier, url, request }) {
        const limited = await consumeRateLimit(
          'signInLink',
          { kind: 'anonymous', name: null, email: null, ip: addressOf(request) },
          identifier,
        )
        if (!limited.ok) throw new SignInRefused('rate_limited', tooManyLinksMessage)
        await sendMail({ to: identifier, ...magicLinkMail(await siteName(), url) })
      },
    }),
    ...oauth,
  ],
  callbacks: {
    async signIn({ user }) {
      // Before a magic link's first use the user has no row yet (Auth.js gives it a random id).
      if (!user.id || !/^\d+$/.test(user.id)) return true
      const [row] = await getDb()
        .select({ isSuspended: users.isSuspended })
        .from(users)
        .where(eq(users.id, Number(user.id)))
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
