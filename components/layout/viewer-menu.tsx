'use client'

import Link from 'next/link'
import { usePathname } from 'next/navigation'
import { useEffect, useRef } from 'react'
import { signOutAction } from '@/app/_actions/auth'
import { useViewer, ViewerProvider } from '@/components/viewer/viewer-context'

const item = 'flex min-h-11 w-full items-center rounded-md px-3 text-left hover:bg-stone-100 dark:hover:bg-stone-800'

function Menu() {
  const { status, info } = useViewer()
  const menu = useRef<HTMLDetailsElement>(null)
  const pathname = usePathname()
  // A link in the menu navigates without a reload: close the menu behind it.
  useEffect(() => {
    if (menu.current) menu.current.open = false
  }, [pathname])
  if (status === 'loading') return <span className="inline-block h-11 w-24" aria-hidden="true" />
  const viewer = info.viewer
  if (!viewer)
    return (
      <Link
        href="/sign-in"
        className="inline-flex min-h-11 items-center rounded-lg px-3 text-sm font-medium text-accent-700 hover:bg-stone-100 dark:text-accent-300 dark:hover:bg-stone-800"
      >
        Sign in
      </Link>
    )
  const staff = viewer.role === 'moderator' || viewer.role === 'admin'
  return (
    <div className="flex items-center gap-1 text-sm">
      <Link
        href="/notifications"
        className="inline-flex min-h-11 items-center gap-1 rounded-lg px-2 text-stone-700 hover:bg-stone-100 dark:text-stone-300 dark:hover:bg-stone-800"
      >
        Inbox
        {viewer.unread > 0 && (
          <span className="rounded-full bg-accent-600 px-1.5 text-xs font-semibold text-white">
            {viewer.unread > 99 ? '99+' : viewer.unread}
            <span className="sr-only"> unread</span>
          </span>
        )}
      </Link>
      <details ref={menu} className="relative">
        <summary className="inline-flex min-h-11 cursor-pointer list-none items-center gap-1 rounded-lg px-2 font-medium [&::-webkit-details-marker]:hidden hover:bg-stone-100 dark:hover:bg-stone-800">
          {viewer.name}
          <span aria-hidden="true">▾</span>
        </summary>
        <div className="absolute right-0 z-10 mt-1 flex w-52 flex-col rounded-lg border border-stone-200 bg-white p-1 shadow-lg dark:border-stone-700 dark:bg-stone-900">
          <Link href={`/users/${viewer.id}/${encodeURIComponent(viewer.handle)}`} className={item}>
            Your profile
          </Link>
          <Link href="/settings" className={item}>
            Settings
          </Link>
          <Link href="/settings/notifications" className={item}>
            Follows and email
          </Link>
          <Link href="/settings/delete" className={item}>
            Your data
          </Link>
          {staff && (
            <Link href="/moderation" className={item}>
              Moderation
            </Link>
          )}
          {viewer.role === 'admin' && (
            <>
              <Link href="/admin/settings" className={item}>
                Site settings
              </Link>
              <Link href="/admin/categories" className={item}>
                Categories
              </Link>
              <Link href="/admin/mail" className={item}>
                Mail
              </Link>
            </>
          )}
          <form action={signOutAction}>
            <button type="submit" className={item}>
              Sign out
            </button>
          </form>
        </div>
      </details>
    </div>
  )
}

/** Sign-in link or the member's inbox and menu, filled in after load: the header stays the same cached HTML for all. */
export function ViewerMenu() {
  return (
    <ViewerProvider>
      <Menu />
    </ViewerProvider>
  )
}
