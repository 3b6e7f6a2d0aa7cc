import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import { MarkAllRead } from '@/components/notify/mark-all-read'
import { TimeAgo } from '@/components/ui/time-ago'
import { getViewer } from '@/lib/auth/viewer'
import { notificationHeadline } from '@/lib/notify/headline'
import { listInbox } from '@/lib/notifications/queries'

export const metadata: Metadata = { title: 'Inbox', robots: { index: false } }

export default async function InboxPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const viewer = await getViewer()
  if (!viewer) redirect('/sign-in?callbackUrl=%2Fnotifications')
  const page = Math.max(1, Math.min(1000, Number((await searchParams).page) || 1))
  const { items, hasMore } = await listInbox(viewer.id, page)
  return (
    <div className="max-w-3xl">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">Inbox</h1>
        <MarkAllRead />
      </div>
      {items.length === 0 ? (
        <p className="mt-6">Nothing here yet. Follow questions, categories, tags or people to hear about new posts.</p>
      ) : (
        <ul className="mt-6 flex flex-col gap-2">
          {items.map((i) => (
            <li key={i.id}>
              <a
                href={`/notifications/${i.id}`}
                className={`block rounded-lg border p-3 hover:bg-stone-100 dark:hover:bg-stone-800 ${i.read ? 'border-stone-200 dark:border-stone-800' : 'border-accent-600 bg-accent-50 dark:border-accent-300 dark:bg-accent-700/20'}`}
              >
                {!i.read && <span className="sr-only">Unread: </span>}
                <span className={i.read ? '' : 'font-medium'}>{notificationHeadline(i)}</span>
                <span className="block text-sm text-stone-600 dark:text-stone-400">
                  <TimeAgo iso={i.createdAt} />
                </span>
              </a>
            </li>
          ))}
        </ul>
      )}
      <p className="mt-6 flex gap-4 text-sm">
        {page > 1 && (
          <Link href={`/notifications?page=${page - 1}`} className="text-accent-700 underline dark:text-accent-300">
            Newer
          </Link>
        )}
        {hasMore && (
          <Link href={`/notifications?page=${page + 1}`} className="text-accent-700 underline dark:text-accent-300">
            Older
          </Link>
        )}
        <Link href="/settings/notifications" className="ml-auto text-accent-700 underline dark:text-accent-300">
          What you follow and your email settings
        </Link>
      </p>
    </div>
  )
}
