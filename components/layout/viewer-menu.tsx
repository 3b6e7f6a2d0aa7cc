'use client'

import Link from 'next/link'
import { signOutAction } from '@/app/_actions/auth'
import { useViewer, ViewerProvider } from '@/components/viewer/viewer-context'

function Menu() {
  const { status, info } = useViewer()
  if (status === 'loading') return <span className="inline-block h-11 w-24" aria-hidden="true" />
  if (!info.viewer)
    return (
      <Link href="/sign-in" className="inline-flex min-h-11 items-center rounded-lg px-3 text-sm font-medium text-accent-700 hover:bg-stone-100 dark:text-accent-300 dark:hover:bg-stone-800">
        Sign in
      </Link>
    )
  return (
    <div className="flex items-center gap-2 text-sm">
      <Link href={`/users/${info.viewer.id}/${encodeURIComponent(info.viewer.handle)}`} className="inline-flex min-h-11 items-center rounded-lg px-2 font-medium hover:bg-stone-100 dark:hover:bg-stone-800">
        {info.viewer.name}
      </Link>
      <Link href="/notifications" className="inline-flex min-h-11 items-center gap-1 rounded-lg px-2 text-stone-600 hover:bg-stone-100 dark:text-stone-400 dark:hover:bg-stone-800">
        Inbox
        {info.viewer.unread > 0 && (
          <span className="rounded-full bg-accent-600 px-1.5 text-xs font-semibold text-white">
            {info.viewer.unread > 99 ? '99+' : info.viewer.unread}
            <span className="sr-only"> unread</span>
          </span>
        )}
      </Link>
      {['moderator', 'admin'].includes(info.viewer.role) && (
        <Link href="/moderation/deleted" className="inline-flex min-h-11 items-center rounded-lg px-2 text-stone-600 hover:bg-stone-100 dark:text-stone-400 dark:hover:bg-stone-800">
          Moderation
        </Link>
      )}
      {info.viewer.role === 'admin' && (
        <Link href="/admin/mail" className="inline-flex min-h-11 items-center rounded-lg px-2 text-stone-600 hover:bg-stone-100 dark:text-stone-400 dark:hover:bg-stone-800">
          Mail
        </Link>
      )}
      <Link href="/settings" className="inline-flex min-h-11 items-center rounded-lg px-2 text-stone-600 hover:bg-stone-100 dark:text-stone-400 dark:hover:bg-stone-800">
        Settings
      </Link>
      <form action={signOutAction}>
        <button type="submit" className="inline-flex min-h-11 items-center rounded-lg px-2 text-stone-600 hover:bg-stone-100 dark:text-stone-400 dark:hover:bg-stone-800">
          Sign out
        </button>
      </form>
    </div>
  )
}

/** Sign-in link or the member's name, filled in after load: the header stays the same cached HTML for all. */
export function ViewerMenu() {
  return (
    <ViewerProvider>
      <Menu />
    </ViewerProvider>
  )
}
