import type { Metadata } from 'next'
import { ModeratorsOnly, moderatorFor } from '../../_lib/moderators-only'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import { inputClass } from '@/components/form/field-error'
import { findUserId, listSuspendedUsers } from '@/lib/users/admin'

export const metadata: Metadata = { title: 'Members (moderation)', robots: { index: false } }

export default async function ModerationUsersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  const viewer = await moderatorFor('/moderation/users')
  const listed = await listSuspendedUsers(viewer)
  if (!listed.ok) return <ModeratorsOnly />
  const suspended = listed.data
  const raw = (await searchParams).q
  const q = typeof raw === 'string' ? raw.slice(0, 100) : ''
  if (q) {
    const found = await findUserId(viewer, q)
    if (found.ok && found.data !== null) redirect(`/moderation/users/${found.data}`)
  }
  return (
    <div className="max-w-xl">
      <h1 className="text-2xl font-semibold">Members</h1>
      <form method="get" className="mt-4 flex items-end gap-3">
        <div className="flex-1">
          <label htmlFor="member-q" className="mb-1 block font-medium">
            Handle or member number
          </label>
          <input id="member-q" name="q" defaultValue={q} aria-describedby="member-q-error" className={inputClass} />
          <p id="member-q-error" className="mt-1 min-h-6 text-sm text-red-700 dark:text-red-300">
            {q && 'No member has that handle or number.'}
          </p>
        </div>
        <button
          type="submit"
          className="mb-7 inline-flex min-h-11 items-center rounded-lg border border-stone-300 px-4 font-medium dark:border-stone-700"
        >
          Find
        </button>
      </form>
      <h2 className="mt-6 text-xl font-semibold">Suspended</h2>
      {suspended.length === 0 ? (
        <p className="mt-2">Nobody is suspended.</p>
      ) : (
        <ul className="mt-2">
          {suspended.map((u) => (
            <li key={u.id}>
              <Link href={`/moderation/users/${u.id}`} className="text-accent-700 underline dark:text-accent-300">
                {u.name}
              </Link>{' '}
              @{u.handle}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
