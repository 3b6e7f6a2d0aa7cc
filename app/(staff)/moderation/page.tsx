import type { Metadata } from 'next'
import { ModeratorsOnly, moderatorFor } from '../_lib/moderators-only'
import Link from 'next/link'
import { moderateQueueAction } from '@/app/_actions/moderation'
import { inputClass } from '@/components/form/field-error'
import { TimeAgo } from '@/components/ui/time-ago'
import { listModerationQueue } from '@/lib/moderation/queries'
import { threadPath } from '@/lib/slug'

export const metadata: Metadata = { title: 'Moderation queue', robots: { index: false } }

const doneLabels: Record<string, string> = {
  approve: 'Approved',
  hide: 'Hidden',
  delete: 'Deleted',
  restore: 'Restored',
  spam: 'Marked as spam',
}
const buttons = [
  { action: 'approve', label: 'Approve' },
  { action: 'hide', label: 'Hide' },
  { action: 'delete', label: 'Delete' },
  { action: 'restore', label: 'Restore' },
  { action: 'spam', label: 'Spam' },
] as const

export default async function ModerationQueuePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  const viewer = await moderatorFor('/moderation')
  const queue = await listModerationQueue(viewer)
  if (!queue.ok) return <ModeratorsOnly>This page lists flagged posts and posts waiting for approval.</ModeratorsOnly>
  const items = queue.data
  const params = await searchParams
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)
  const done = one(params.done)
  const error = one(params.error)
  return (
    <div className="max-w-3xl">
      <h1 className="text-2xl font-semibold">Moderation queue</h1>
      <p className="mt-2 text-stone-700 dark:text-stone-300">
        Flagged posts, most flagged first, then posts waiting for approval. Also:{' '}
        <Link href="/moderation/deleted" className="text-accent-700 underline dark:text-accent-300">
          deleted and hidden posts
        </Link>{' '}
        ·{' '}
        <Link href="/moderation/audit" className="text-accent-700 underline dark:text-accent-300">
          audit log
        </Link>{' '}
        ·{' '}
        <Link href="/moderation/users" className="text-accent-700 underline dark:text-accent-300">
          members
        </Link>
      </p>
      <p role="status" className="mt-3 min-h-6">
        {done && doneLabels[done] && `${doneLabels[done]}: ${Number(one(params.count)) || 0} post(s).`}
      </p>
      {error && (
        <p role="alert" className="text-red-700 dark:text-red-300">
          {error}
        </p>
      )}
      {items.length === 0 ? (
        <p className="mt-4">Nothing waits for review.</p>
      ) : (
        <form action={moderateQueueAction} className="mt-4">
          <ul className="flex flex-col gap-4">
            {items.map((p) => (
              <li
                key={p.id}
                className="flex gap-3 rounded-xl border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900"
              >
                <input type="checkbox" name="postIds" value={p.id} id={`post-${p.id}`} className="mt-1.5 size-5" />
                <div className="min-w-0 flex-1">
                  <label htmlFor={`post-${p.id}`} className="text-sm text-stone-600 dark:text-stone-400">
                    <span className="font-medium text-stone-900 dark:text-stone-100">
                      {p.flags.count > 0
                        ? `${p.flags.count} flag${p.flags.count === 1 ? '' : 's'}`
                        : 'Waiting for approval'}
                    </span>{' '}
                    · {p.status} {p.type} by {p.author}, <TimeAgo iso={p.createdAt} /> · in “{p.question.title}”
                  </label>
                  <p className="mt-1 line-clamp-3">{p.excerpt}</p>
                  {p.flags.reasons.length > 0 && (
                    <ul className="mt-2 list-disc pl-5 text-sm text-stone-700 dark:text-stone-300">
                      {p.flags.reasons.map((r, i) => (
                        <li key={i}>{r}</li>
                      ))}
                    </ul>
                  )}
                  <p className="mt-2 flex gap-4 text-sm">
                    {p.status === 'visible' && (
                      <Link
                        href={`${threadPath(p.question)}${p.type === 'question' ? '' : `#${p.type === 'answer' ? 'a' : 'c'}${p.id}`}`}
                        className="text-accent-700 underline dark:text-accent-300"
                      >
                        View in thread
                      </Link>
                    )}
                    <Link href={`/posts/${p.id}/history`} className="text-accent-700 underline dark:text-accent-300">
                      History
                    </Link>
                    {p.authorId !== null && (
                      <Link
                        href={`/moderation/users/${p.authorId}`}
                        className="text-accent-700 underline dark:text-accent-300"
                      >
                        About the author
                      </Link>
                    )}
                  </p>
                </div>
              </li>
            ))}
          </ul>
          <div className="sticky bottom-0 mt-4 flex flex-col gap-3 border-t border-stone-200 bg-stone-50 py-3 dark:border-stone-800 dark:bg-stone-950">
            <div>
              <label htmlFor="moderation-reason" className="mb-1 block font-medium">
                Reason (kept in the audit log)
              </label>
              <input id="moderation-reason" name="reason" maxLength={500} className={inputClass} />
            </div>
            <div className="flex flex-wrap gap-2">
              {buttons.map((b) => (
                <button
                  key={b.action}
                  type="submit"
                  name="action"
                  value={b.action}
                  className="inline-flex min-h-11 items-center rounded-lg border border-stone-300 px-4 font-medium hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800"
                >
                  {b.label} selected
                </button>
              ))}
            </div>
          </div>
        </form>
      )}
    </div>
  )
}
