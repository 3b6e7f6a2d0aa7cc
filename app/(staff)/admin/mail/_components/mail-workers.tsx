import { TimeAgo } from '@/components/ui/time-ago'
import type { MailWorkerStatus } from '@/lib/notify/heartbeat'

/** Whether any mail worker is alive (from their heartbeat rows) and when mail last went out. */
export function MailWorkers({ status }: { status: MailWorkerStatus }) {
  const { alive, lastSentAt } = status
  const lastSent = lastSentAt ? (
    <>
      Last sent <TimeAgo iso={lastSentAt} />.
    </>
  ) : (
    'Nothing sent yet.'
  )
  return (
    <section aria-labelledby="workers-heading" className="mt-6">
      <h2 id="workers-heading" className="text-lg font-semibold">
        Mail worker
      </h2>
      {alive.length === 0 ? (
        <p role="status" className="mt-2 font-medium text-red-700 dark:text-red-400">
          No mail worker is running: mail waits in the outbox until one starts (<code>npm start</code> runs one unless
          WORKER=off, or run <code>npm run worker</code>). {lastSent}
        </p>
      ) : (
        <>
          <p role="status" className="mt-2">
            Running: {alive.length === 1 ? 'one worker' : `${alive.length} workers`}. {lastSent}
          </p>
          <ul className="mt-2 flex flex-col gap-1 text-sm text-stone-600 dark:text-stone-400">
            {alive.map((w) => (
              <li key={`${w.host}:${w.pid}`}>
                {w.host}, process {w.pid}: started <TimeAgo iso={w.startedAt} />, last heard from{' '}
                <TimeAgo iso={w.beatAt} />, {w.sentCount} sent
                {w.lastSentAt ? (
                  <>
                    {' '}
                    (last <TimeAgo iso={w.lastSentAt} />)
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
