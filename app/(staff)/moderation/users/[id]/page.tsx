import type { Metadata } from 'next'
import { ModeratorsOnly, moderatorFor } from '../../../_lib/moderators-only'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { setRoleAction, setSuspendedAction } from '@/app/_actions/user-admin'
import { inputClass } from '@/components/form/field-error'
import { TimeAgo } from '@/components/ui/time-ago'
import { roles } from '@/lib/auth/actor'
import { parseId } from '@/lib/route-params'
import { threadPath } from '@/lib/slug'
import { getModeratedUser } from '@/lib/users/admin'

export const metadata: Metadata = { title: 'Member (moderation)', robots: { index: false } }

const button =
  'inline-flex min-h-11 items-center rounded-lg border border-stone-300 px-4 font-medium hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800'

export default async function ModeratedUserPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  const id = parseId((await params).id)
  if (id === null) notFound()
  const viewer = await moderatorFor(`/moderation/users/${id}`)
  const moderated = await getModeratedUser(viewer, id)
  if (!viewer || !moderated.ok) return <ModeratorsOnly />
  const user = moderated.data
  if (!user) notFound()
  const sp = await searchParams
  const message = typeof sp.done === 'string' ? sp.done : null
  const error = typeof sp.error === 'string' ? sp.error : null
  return (
    <div className="max-w-4xl">
      <h1 className="text-2xl font-semibold">
        {user.name}{' '}
        <span className="text-base font-normal text-stone-600 dark:text-stone-400">
          @{user.handle} · {user.role} · {user.points} points{user.isSuspended ? ' · suspended' : ''}
        </span>
      </h1>
      <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
        Joined <TimeAgo iso={user.joinedAt} /> ·{' '}
        <Link href={`/users/${user.id}/${user.handle}`} className="text-accent-700 underline dark:text-accent-300">
          public profile
        </Link>{' '}
        ·{' '}
        <Link href={`/moderation/audit?actor=${user.id}`} className="text-accent-700 underline dark:text-accent-300">
          their actions in the audit log
        </Link>
      </p>
      <p role="status" className="mt-3 min-h-6">
        {message}
      </p>
      {error && (
        <p role="alert" className="text-red-700 dark:text-red-300">
          {error}
        </p>
      )}

      <section className="mt-4 flex flex-wrap gap-8" aria-label="Actions">
        <form action={setSuspendedAction} className="flex flex-col gap-2">
          <input type="hidden" name="userId" value={user.id} />
          <input type="hidden" name="suspended" value={user.isSuspended ? '0' : '1'} />
          <label htmlFor="suspend-reason" className="font-medium">
            Reason (kept in the audit log)
          </label>
          <input id="suspend-reason" name="reason" maxLength={500} className={inputClass} />
          <div>
            <button type="submit" className={button}>
              {user.isSuspended ? 'Lift the suspension' : 'Suspend this member'}
            </button>
          </div>
        </form>
        {viewer.role === 'admin' && viewer.id !== user.id && (
          <form action={setRoleAction} className="flex flex-col gap-2">
            <input type="hidden" name="userId" value={user.id} />
            <label htmlFor="role" className="font-medium">
              Role
            </label>
            <select
              id="role"
              name="role"
              defaultValue={user.role}
              className="min-h-11 rounded-lg border border-stone-300 bg-white px-3 dark:border-stone-700 dark:bg-stone-900"
            >
              {roles.map((r) => (
                <option key={r} value={r}>
                  {r}
                </option>
              ))}
            </select>
            <label htmlFor="role-reason" className="font-medium">
              Reason
            </label>
            <input id="role-reason" name="reason" maxLength={500} className={inputClass} />
            <div>
              <button type="submit" className={button}>
                Change role
              </button>
            </div>
          </form>
        )}
      </section>

      <h2 className="mt-8 text-xl font-semibold">Addresses they posted from</h2>
      {user.ips.length === 0 ? (
        <p className="mt-2">None recorded.</p>
      ) : (
        <ul className="mt-2 text-sm">
          {user.ips.map((ip) => (
            <li key={ip.ip}>
              <code>{ip.ip}</code> · {ip.posts} post(s), last <TimeAgo iso={ip.lastAt} />
            </li>
          ))}
        </ul>
      )}

      <h2 className="mt-8 text-xl font-semibold">Latest posts, in any state</h2>
      {user.posts.length === 0 ? (
        <p className="mt-2">No posts.</p>
      ) : (
        <ul className="mt-2 flex flex-col gap-2 text-sm">
          {user.posts.map((p) => (
            <li key={p.id}>
              <span className="font-medium">
                {p.status} {p.type}
              </span>{' '}
              · <TimeAgo iso={p.at} /> · from <code>{p.ip ?? 'unknown'}</code> ·{' '}
              {p.status === 'visible' ? (
                <Link
                  href={threadPath({ id: p.questionId, slug: p.slug })}
                  className="text-accent-700 underline dark:text-accent-300"
                >
                  thread
                </Link>
              ) : (
                <Link href={`/posts/${p.id}/history`} className="text-accent-700 underline dark:text-accent-300">
                  history
                </Link>
              )}
              <p className="line-clamp-2 text-stone-700 dark:text-stone-300">{p.excerpt}</p>
            </li>
          ))}
        </ul>
      )}

      <h2 className="mt-8 text-xl font-semibold">Flags on their posts</h2>
      {user.flagsOnTheirPosts.length === 0 ? (
        <p className="mt-2">None.</p>
      ) : (
        <ul className="mt-2 text-sm">
          {user.flagsOnTheirPosts.map((f, i) => (
            <li key={i}>
              post {f.postId}: {f.reason} · <TimeAgo iso={f.at} />
              {f.open ? ' · open' : ' · resolved'}
            </li>
          ))}
        </ul>
      )}
      <h2 className="mt-8 text-xl font-semibold">Flags they raised</h2>
      {user.flagsTheyRaised.length === 0 ? (
        <p className="mt-2">None.</p>
      ) : (
        <ul className="mt-2 text-sm">
          {user.flagsTheyRaised.map((f, i) => (
            <li key={i}>
              post {f.postId}: {f.reason} · <TimeAgo iso={f.at} />
              {f.open ? ' · open' : ' · resolved'}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
