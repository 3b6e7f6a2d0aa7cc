import type { Metadata } from 'next'
import Link from 'next/link'
import { AdminsOnly, adminFor } from '../../_lib/moderators-only'
import { RetryMailButton } from '@/components/notify/retry-mail-button'
import { TimeAgo } from '@/components/ui/time-ago'
import { env } from '@/lib/env'
import { getMailWorkerStatus } from '@/lib/notify/heartbeat'
import { ok } from '@/lib/result'
import { listLocalMailbox, listMail, mailStatusCounts, type MailRow } from '@/lib/notify/mail-admin-queries'
import { MailWorkers } from './_components/mail-workers'

export const metadata: Metadata = { title: 'Mail', robots: { index: false } }

function MailTable({ rows, caption, retry }: { rows: MailRow[]; caption: string; retry?: boolean }) {
  if (rows.length === 0) return <p className="mt-2 text-stone-600 dark:text-stone-400">None.</p>
  return (
    <div className="mt-2 overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-stone-200 dark:border-stone-800">
            <th className="py-2 pr-3">To</th>
            <th className="py-2 pr-3">Kind</th>
            <th className="py-2 pr-3">Status</th>
            <th className="py-2 pr-3">Tries</th>
            <th className="py-2 pr-3">Last error</th>
            <th className="py-2 pr-3">Updated</th>
            {retry && <th className="py-2">Action</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((m) => (
            <tr key={m.id} className="border-b border-stone-100 dark:border-stone-800">
              <td className="py-2 pr-3">{m.to ?? '—'}</td>
              <td className="py-2 pr-3">{m.kind}</td>
              <td className="py-2 pr-3">{m.status}</td>
              <td className="py-2 pr-3">{m.attempts}</td>
              <td className="max-w-xs truncate py-2 pr-3" title={m.lastError ?? ''}>
                {m.lastError ?? ''}
              </td>
              <td className="py-2 pr-3">
                <TimeAgo iso={m.updatedAt} />
              </td>
              {retry && (
                <td className="py-2">
                  <RetryMailButton id={m.id} label="Retry" />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

export default async function MailAdminPage() {
  const viewer = await adminFor('/admin/mail')
  const read = await Promise.all([
    mailStatusCounts(viewer),
    listMail(viewer, 'dead'),
    listMail(viewer, null, 30),
    env.SMTP_URL ? ok([]) : listLocalMailbox(viewer),
  ])
  const [counts, dead, recent, mailbox] = read.map((r) => (r.ok ? r.data : null)) as [
    Record<string, number> | null,
    MailRow[] | null,
    MailRow[] | null,
    { name: string; size: number }[] | null,
  ]
  if (!viewer || !counts || !dead || !recent || !mailbox)
    return <AdminsOnly>This page shows the site’s outgoing mail.</AdminsOnly>
  const workers = await getMailWorkerStatus(viewer)
  return (
    <div className="max-w-5xl">
      <h1 className="text-2xl font-semibold">Mail</h1>
      <p className="mt-2 text-stone-700 dark:text-stone-300">
        Outbox: {['pending', 'queued', 'sending', 'sent', 'dead'].map((s) => `${counts[s] ?? 0} ${s}`).join(' · ')}.
        Mail goes {env.SMTP_URL ? 'through SMTP_URL' : `to the local mailbox (${env.MAIL_DIR})`}.
      </p>
      {workers.ok && <MailWorkers status={workers.data} />}
      <section aria-labelledby="dead-heading" className="mt-8">
        <div className="flex flex-wrap items-center gap-3">
          <h2 id="dead-heading" className="text-lg font-semibold">
            Dead letters ({counts.dead ?? 0})
          </h2>
          {(counts.dead ?? 0) > 0 && <RetryMailButton id="all" label="Retry all" />}
        </div>
        <p className="text-sm text-stone-600 dark:text-stone-400">
          Messages that failed every retry. Retrying sends them again with a fresh set of retries.
        </p>
        <MailTable rows={dead} caption="Dead letters" retry />
      </section>
      <section aria-labelledby="recent-heading" className="mt-8">
        <h2 id="recent-heading" className="text-lg font-semibold">
          Recent messages
        </h2>
        <MailTable rows={recent} caption="Recent messages" />
      </section>
      {!env.SMTP_URL && (
        <section aria-labelledby="mailbox-heading" className="mt-8">
          <h2 id="mailbox-heading" className="text-lg font-semibold">
            Local mailbox
          </h2>
          {mailbox.length === 0 ? (
            <p className="mt-2 text-stone-600 dark:text-stone-400">Empty.</p>
          ) : (
            <ul className="mt-2 flex flex-col gap-1 text-sm">
              {mailbox.map((f) => (
                <li key={f.name}>
                  <Link
                    href={`/admin/mail/file/${encodeURIComponent(f.name)}`}
                    className="text-accent-700 underline dark:text-accent-300"
                  >
                    {f.name}
                  </Link>{' '}
                  <span className="text-stone-600 dark:text-stone-400">({Math.ceil(f.size / 1024)} KiB)</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </div>
  )
}
