import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import { FollowControl } from '@/components/follow/follow-control'
import { EmailPrefsForm } from '@/components/notify/email-prefs-form'
import { getViewer } from '@/lib/auth/viewer'
import { getEmailPrefs, listFollows } from '@/lib/follows/queries'

export const metadata: Metadata = { title: 'Notifications and follows', robots: { index: false } }

const groups = [
  { type: 'question', title: 'Questions' },
  { type: 'category', title: 'Categories' },
  { type: 'tag', title: 'Tags' },
  { type: 'user', title: 'People' },
] as const

export default async function NotificationSettingsPage() {
  const viewer = await getViewer()
  if (!viewer) redirect('/sign-in?callbackUrl=%2Fsettings%2Fnotifications')
  const [prefs, follows] = await Promise.all([getEmailPrefs(viewer.id), listFollows(viewer.id)])
  return (
    <div className="max-w-3xl">
      <h1 className="text-2xl font-semibold">Notifications and follows</h1>
      <p className="mt-2 text-stone-700 dark:text-stone-300">
        Watching sends new posts to your inbox and by email; tracking, to your inbox only; muted silences a question,
        category, tag or person even when something else you follow matches. Back to{' '}
        <Link href="/settings" className="text-accent-700 underline dark:text-accent-300">
          your settings
        </Link>
        .
      </p>
      <section aria-labelledby="email-heading" className="mt-8">
        <h2 id="email-heading" className="mb-3 text-lg font-semibold">
          When to email you
        </h2>
        {prefs && <EmailPrefsForm emailOwn={prefs.emailOwn} emailFollowed={prefs.emailFollowed} />}
      </section>
      {groups.map((g) => {
        const items = follows.filter((f) => f.targetType === g.type)
        return (
          <section key={g.type} aria-labelledby={`${g.type}-heading`} className="mt-8">
            <h2 id={`${g.type}-heading`} className="mb-3 text-lg font-semibold">
              {g.title} you follow ({items.length})
            </h2>
            {items.length === 0 ? (
              <p className="text-stone-600 dark:text-stone-400">
                None yet: use “Follow” on any {g.type === 'user' ? 'profile' : g.type} page.
              </p>
            ) : (
              <ul className="flex flex-col gap-3">
                {items.map((f) => (
                  <li
                    key={`${f.targetType}-${f.targetId}`}
                    className="rounded-lg border border-stone-200 p-3 dark:border-stone-800"
                  >
                    <Link href={f.path} className="font-medium text-accent-700 hover:underline dark:text-accent-300">
                      {f.name}
                    </Link>
                    <FollowControl
                      targetType={f.targetType}
                      targetId={f.targetId}
                      level={f.level}
                      returnTo="/settings/notifications"
                      what={f.name}
                    />
                  </li>
                ))}
              </ul>
            )}
          </section>
        )
      })}
    </div>
  )
}
