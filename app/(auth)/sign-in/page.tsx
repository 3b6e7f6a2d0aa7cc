import type { Metadata } from 'next'
import Link from 'next/link'
import { EmailLinkForm, PasswordSignInForm } from '@/components/user/sign-in-forms'
import { oauthProviders, signIn } from '@/lib/auth/config'
import { wrongPasswordMessage } from '@/lib/auth/password-sign-in'
import { callbackPath } from '@/lib/auth/schemas'

export const metadata: Metadata = { title: 'Sign in', robots: { index: false } }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams
  const callbackUrl = callbackPath.parse(typeof params.callbackUrl === 'string' ? params.callbackUrl : '/')
  const notice = params.reset
    ? 'Your password is changed: sign in with it now.'
    : params.confirmed
      ? 'Your email is confirmed: sign in with your password.'
      : params.code === 'rate_limited'
        ? 'There have been too many sign-in attempts for now. Wait a while, or sign in with a link by email.'
        : params.error === 'CredentialsSignin'
          ? wrongPasswordMessage
          : params.error
            ? 'That sign-in link did not work. It may have expired: ask for a new one.'
            : null
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-2xl font-semibold">Sign in</h1>
      {notice && (
        <p
          role="status"
          className="mt-3 rounded-lg bg-accent-50 p-3 text-accent-700 dark:bg-accent-700/30 dark:text-accent-200"
        >
          {notice}
        </p>
      )}
      <section aria-labelledby="password-heading" className="mt-6">
        <h2 id="password-heading" className="mb-2 text-lg font-semibold">
          With your password
        </h2>
        <PasswordSignInForm callbackUrl={callbackUrl} />
        <p className="mt-2 text-sm">
          <Link href="/reset-password" className="text-accent-700 underline dark:text-accent-300">
            Forgot your password?
          </Link>
        </p>
      </section>
      <section aria-labelledby="link-heading" className="mt-8">
        <h2 id="link-heading" className="mb-2 text-lg font-semibold">
          With a link by email
        </h2>
        <EmailLinkForm callbackUrl={callbackUrl} />
      </section>
      {oauthProviders.length > 0 && (
        <section aria-labelledby="oauth-heading" className="mt-8">
          <h2 id="oauth-heading" className="mb-2 text-lg font-semibold">
            With another account
          </h2>
          {oauthProviders.map((p) => (
            <form
              key={p.id}
              action={async () => {
                'use server'
                await signIn(p.id, { redirectTo: callbackUrl })
              }}
            >
              <button
                type="submit"
                className="mb-2 inline-flex min-h-11 w-full items-center justify-center rounded-lg border border-stone-300 px-4 dark:border-stone-600"
              >
                Continue with {p.name}
              </button>
            </form>
          ))}
        </section>
      )}
      <p className="mt-8">
        New here?{' '}
        <Link href="/sign-up" className="text-accent-700 underline dark:text-accent-300">
          Create an account with a password
        </Link>
      </p>
    </div>
  )
}
