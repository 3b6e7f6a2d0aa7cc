import type { Metadata } from 'next'
import { ModeratorsOnly, moderatorFor } from '../../_lib/moderators-only'
import Link from 'next/link'
import { TimeAgo } from '@/components/ui/time-ago'
import { listAuditLog } from '@/lib/moderation/queries'

export const metadata: Metadata = { title: 'Audit log', robots: { index: false } }

const actions = [
  'approve',
  'hide',
  'delete',
  'restore',
  'spam',
  'auto_hide',
  'suspend',
  'unsuspend',
  'role',
  'delete_account',
  'settings',
  'category_create',
  'category_update',
  'category_move',
  'category_reorder',
  'category_merge',
]

/** An entry's target, linked to where it can be looked at: a member's moderator page, a post's history, the category list. */
function Target({ type, id }: { type: string; id: number | null }) {
  const href =
    id === null
      ? null
      : type === 'user'
        ? `/moderation/users/${id}`
        : type === 'category'
          ? `/admin/categories#category-${id}`
          : ['question', 'answer', 'comment'].includes(type)
            ? `/posts/${id}/history`
            : null
  const text = id === null ? type : `${type} ${id}`
  return href ? (
    <Link href={href} className="text-accent-700 underline dark:text-accent-300">
      {text}
    </Link>
  ) : (
    text
  )
}

export default async function AuditLogPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  const viewer = await moderatorFor('/moderation/audit')
  const params = await searchParams
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)
  const action = actions.includes(one(params.action) ?? '') ? one(params.action)! : null
  const actorRaw = Number(one(params.actor))
  const actorId = Number.isInteger(actorRaw) && actorRaw > 0 && actorRaw < 2 ** 31 ? actorRaw : null
  const pageRaw = Number(one(params.page))
  const page = Number.isInteger(pageRaw) && pageRaw > 0 && pageRaw <= 10_000 ? pageRaw : 1
  const log = await listAuditLog(viewer, { action, actorId, page })
  if (!log.ok) return <ModeratorsOnly />
  const { rows, hasMore } = log.data
  const query = (p: number) =>
    `/moderation/audit?${new URLSearchParams({ ...(action ? { action } : {}), ...(actorId ? { actor: String(actorId) } : {}), page: String(p) })}`
  return (
    <div className="max-w-4xl">
      <h1 className="text-2xl font-semibold">Audit log</h1>
      <p className="mt-2 text-stone-700 dark:text-stone-300">
        Every moderator and admin action, newest first. Entries cannot be changed or removed.
      </p>
      <form method="get" className="mt-4 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="audit-action" className="mb-1 block text-sm font-medium">
            Action
          </label>
          <select
            id="audit-action"
            name="action"
            defaultValue={action ?? ''}
            className="min-h-11 rounded-lg border border-stone-300 bg-white px-3 dark:border-stone-700 dark:bg-stone-900"
          >
            <option value="">Any</option>
            {actions.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="audit-actor" className="mb-1 block text-sm font-medium">
            Member id
          </label>
          <input
            id="audit-actor"
            name="actor"
            inputMode="numeric"
            defaultValue={actorId ?? ''}
            className="min-h-11 w-32 rounded-lg border border-stone-300 bg-white px-3 dark:border-stone-700 dark:bg-stone-900"
          />
        </div>
        <button
          type="submit"
          className="inline-flex min-h-11 items-center rounded-lg border border-stone-300 px-4 font-medium dark:border-stone-700"
        >
          Filter
        </button>
      </form>
      {rows.length === 0 ? (
        <p className="mt-6">No entries.</p>
      ) : (
        // On a phone the table scrolls sideways inside this box, not the whole page.
        <div className="mt-6 overflow-x-auto">
          <table className="w-full min-w-[40rem] text-left text-sm">
            <thead>
              <tr className="border-b border-stone-300 dark:border-stone-700">
                <th className="py-2 pr-3">When</th>
                <th className="py-2 pr-3">Who</th>
                <th className="py-2 pr-3">What</th>
                <th className="py-2 pr-3">Target</th>
                <th className="py-2 pr-3">Before → after</th>
                <th className="py-2">Reason</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} className="border-b border-stone-200 align-top dark:border-stone-800">
                  <td className="py-2 pr-3">
                    <TimeAgo iso={r.at} />
                  </td>
                  <td className="py-2 pr-3">{r.actor}</td>
                  <td className="py-2 pr-3">{r.action}</td>
                  <td className="py-2 pr-3">
                    <Target type={r.target} id={r.targetId} />
                  </td>
                  <td className="py-2 pr-3 font-mono text-xs break-all">
                    {JSON.stringify(r.before)} → {JSON.stringify(r.after)}
                  </td>
                  <td className="py-2">{r.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="mt-4 flex gap-4">
        {page > 1 && (
          <Link href={query(page - 1)} className="text-accent-700 underline dark:text-accent-300">
            Newer
          </Link>
        )}
        {hasMore && (
          <Link href={query(page + 1)} className="text-accent-700 underline dark:text-accent-300">
            Older
          </Link>
        )}
      </p>
    </div>
  )
}
