import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import { PasswordForm, ProfileForm } from '@/components/user/settings-forms'
import { getViewer } from '@/lib/auth/viewer'
import { getAccountSettings } from '@/lib/users/queries'

export const metadata: Metadata = { title: 'Settings', robots: { index: false } }

export default async function SettingsPage() {
  const viewer = await getViewer()
  if (!viewer) redirect('/sign-in?callbackUrl=%2Fsettings')
  const account = await getAccountSettings(viewer.id)
  if (!account) redirect('/sign-in?callbackUrl=%2Fsettings')
  return (
    <div className="max-w-xl">
      <h1 className="text-2xl font-semibold">Settings</h1>
      <p className="mt-2 text-stone-700 dark:text-stone-300">
        Your public profile is at{' '}
        <Link href={`/users/${viewer.id}/${account.handle}`} className="text-accent-700 underline dark:text-accent-300">
          /users/{viewer.id}/{account.handle}
        </Link>
        .
      </p>
      <section aria-labelledby="profile-heading" className="mt-8">
        <h2 id="profile-heading" className="mb-3 text-lg font-semibold">
          Profile
        </h2>
        <ProfileForm name={account.name} handle={account.handle} />
      </section>
      <section aria-labelledby="email-heading" className="mt-10">
        <h2 id="email-heading" className="mb-2 text-lg font-semibold">
          Email
        </h2>
        <p>{account.email ?? 'No email address on this account.'}</p>
        <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
          Never shown to anyone else. We use it to sign you in and to send the notifications you ask for.
        </p>
      </section>
      <section aria-labelledby="notify-heading" className="mt-10">
        <h2 id="notify-heading" className="mb-2 text-lg font-semibold">
          Notifications
        </h2>
        <p>
          <Link href="/settings/notifications" className="text-accent-700 underline dark:text-accent-300">
            What you follow, and when to email you
          </Link>
        </p>
      </section>
      <section aria-labelledby="password-heading" className="mt-10">
        <h2 id="password-heading" className="mb-3 text-lg font-semibold">
          Password
        </h2>
        {!account.hasPassword && (
          <p className="mb-3 text-sm">
            You sign in by email link or another account. Set a password to sign in with it too.
          </p>
        )}
        <PasswordForm hasPassword={account.hasPassword} email={account.email ?? ''} />
      </section>
      <section aria-labelledby="data-heading" className="mt-10">
        <h2 id="data-heading" className="mb-2 text-lg font-semibold">
          Your data
        </h2>
        <p>
          <Link href="/settings/delete" className="text-accent-700 underline dark:text-accent-300">
            Download your data, or delete your account
          </Link>
        </p>
      </section>
    </div>
  )
}
