/**
 * `npm run worker`: the mail worker on its own (scale it apart from the web servers). Needs
 * DATABASE_URL (and SMTP_URL for real mail); `npm start` runs one itself unless WORKER=off.
 * Started with the react-server condition so lib/ modules (marked server-only) load outside Next.
 */
import path from 'node:path'
import { closeDb, isConnectionError } from '../db/client'
import { describeError } from './lib/describe-error'
import { loadLocalSecrets } from './lib/local-secrets'

if (!process.env.DATABASE_URL) {
  console.error(
    '[worker] DATABASE_URL is not set. `npm start` runs the worker for its own database; `npm run worker` is for a database you run.',
  )
  process.exit(1)
}
process.env.AUTH_SECRET ??= loadLocalSecrets(path.resolve(process.env.DATA_DIR || '.data')).authSecret

const { startMailWorker } = await import('../lib/notify/worker')
type Worker = Awaited<ReturnType<typeof startMailWorker>>

let worker: Worker | null = null
let stopping = false
let wakeUp: (() => void) | null = null
const stop = async () => {
  if (stopping) return
  stopping = true
  wakeUp?.()
  await worker?.stop().catch((err: unknown) => console.error('[worker] stop:', describeError(err)))
  await closeDb()
  process.exit(0)
}
process.on('SIGTERM', () => void stop())
process.on('SIGINT', () => void stop())
// Started by `npm start` with an IPC channel: when that process is gone (even killed with SIGKILL),
// the channel closes and the worker goes with it instead of running on unsupervised.
if (process.send) process.on('disconnect', () => void stop())

// pg-boss 10 completes and fails a batch's jobs without awaiting it (manager.js, onFetch), so with
// the database down those promises reject unhandled, which would end the process. They are retried
// anyway (a job left active expires and comes back); anything else unhandled is a bug and ends it.
let droppedWrites = 0
process.on('unhandledRejection', (err) => {
  if (!isConnectionError(err)) {
    console.error('[worker] unexpected failure, exiting:', err)
    process.exit(1)
  }
  if (droppedWrites++ % 100 === 0)
    console.error(
      `[worker] a queue write failed while the database is unreachable (${droppedWrites} so far); its jobs come back when it answers`,
    )
})

// The database may not answer yet (or at all for a while): keep trying, backing off to 30 s.
for (let delay = 1_000; !worker && !stopping; delay = Math.min(delay * 2, 30_000)) {
  try {
    worker = await startMailWorker({ databaseUrl: process.env.DATABASE_URL })
  } catch (err) {
    console.error(`[worker] could not start: ${describeError(err)}; trying again in ${delay / 1000} s`)
    await new Promise<void>((resolve) => {
      wakeUp = resolve
      setTimeout(resolve, delay)
    })
  }
}
if (stopping) await worker?.stop().catch(() => {})
