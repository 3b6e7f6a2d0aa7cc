import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import { DeleteAccountForm } from '@/components/user/delete-account-form'
import { getViewer } from '@/lib/auth/viewer'
import { getAccountSettings } from '@/lib/users/queries'

export const metadata: Metadata = { title: 'Your data and deleting your account', robots: { index: false } }

export default async function DeleteAccountPage() {
  const viewer = await getViewer()
  if (!viewer) redirect('/sign-in?callbackUrl=%2Fsettings%2Fdelete')
  const account = await getAccountSettings(viewer.id)
  if (!account) redirect('/sign-in')
  return (
    <div className="max-w-xl">
      <h1 className="text-2xl font-semibold">Your data</h1>
      <p className="mt-2">
        <a href="/settings/export" download className="text-accent-700 underline dark:text-accent-300">
          Download everything we hold about you
        </a>{' '}
        (one JSON file: your profile and email settings, questions, answers, comments, votes, follows, notifications and
        flags).
      </p>
      <h2 className="mt-8 text-xl font-semibold">Delete your account</h2>
      <p className="mt-2">
        This cannot be undone. Your profile, email address, password, votes (and the points they gave others), follows,
        notifications and flags are deleted. You choose what happens to what you wrote. You can{' '}
        <Link href="/settings" className="text-accent-700 underline dark:text-accent-300">
          change your name
        </Link>{' '}
        instead if you only want to be less visible.
      </p>
      <div className="mt-6">
        <DeleteAccountForm handle={account.handle} hasPassword={account.hasPassword} />
      </div>
    </div>
  )
}
