import 'server-only'
import PgBoss from 'pg-boss'
import { getPool } from '@/db/client'
import { env } from '@/lib/env'
import { sendMail } from '@/lib/mail/send'
import { buildDigests } from './digest'
import { HEARTBEAT_SECONDS, newWorkerBeat, retireGoneWorkersHere, retireHeartbeat, writeHeartbeat } from './heartbeat'
import { claimMessage, markDead, markFailed, markSent, relayOutbox } from './outbox'
import { listenForOutbox } from './outbox-listener'
import { renderOutboxMessage } from './render'
import { repeatLog } from './repeat-log'
import { createSentMarks } from './sent-marks'

const MAIL_QUEUE = 'mail'
const DEAD_QUEUE = 'mail-dead'
const log = (message: string) => console.log(`[worker] ${message}`)

export type MailWorker = { stop: () => Promise<void>; relayNow: () => Promise<number> }

/**
 * The mail worker: wakes on the outbox's NOTIFY (and every few seconds regardless), moves pending
 * messages into pg-boss, and sends them with retries and exponential backoff. A message out of
 * retries lands in the dead-letter queue and is marked dead for /admin/mail. Runs inside `npm
 * start` by default, or on its own with `npm run worker`; any number can run at once.
 *
 * Once started it outlives any outage of Postgres or SMTP: every loop fails, logs once and tries
 * again, and the work resumes by itself when they answer. Starting needs the database (the caller
 * retries: scripts/worker.ts). A heartbeat row tells /admin/mail the worker is alive.
 */
export async function startMailWorker(
  opts: { databaseUrl: string; pollSeconds?: number; retryLimit?: number } = {
    databaseUrl: process.env.DATABASE_URL ?? '',
  },
): Promise<MailWorker> {
  const boss = new PgBoss({
    connectionString: opts.databaseUrl,
    max: 4,
    maintenanceIntervalSeconds: env.QUEUE_MAINTENANCE_SECONDS,
    monitorStateIntervalSeconds: Math.max(env.QUEUE_MAINTENANCE_SECONDS, 10),
  })
  const queueLog = repeatLog('[worker]')
  boss.on('error', (err) => queueLog.error('queue error', err))
  await boss.start()
  try {
    return await runMailWorker(boss, opts)
  } catch (err) {
    await boss.stop({ graceful: false, wait: true, timeout: 2_000 }).catch(() => {})
    throw err
  }
}

async function runMailWorker(
  boss: PgBoss,
  opts: { databaseUrl: string; pollSeconds?: number; retryLimit?: number },
): Promise<MailWorker> {
  await boss.createQueue(DEAD_QUEUE)
  const queueOptions = {
    name: MAIL_QUEUE,
    retryLimit: opts.retryLimit ?? env.MAIL_RETRY_LIMIT,
    retryDelay: env.MAIL_RETRY_DELAY_SECONDS,
    retryBackoff: true,
    expireInSeconds: env.MAIL_JOB_EXPIRE_SECONDS,
    deadLetter: DEAD_QUEUE,
  }
  if (await boss.getQueue(MAIL_QUEUE)) await boss.updateQueue(MAIL_QUEUE, queueOptions)
  else await boss.createQueue(MAIL_QUEUE, queueOptions)

  // The heartbeat row exists before the first claim: a claim by a worker with no fresh row is
  // taken over by the others (see claimMessage).
  const beat = newWorkerBeat()
  await retireGoneWorkersHere()
  await writeHeartbeat(beat)
  const sent = createSentMarks(opts.databaseUrl, (count) => {
    beat.lastSentAt = new Date()
    beat.sentCount += count
  })
  const enqueue = (ids: number[], db: PgBoss.Db) =>
    boss.insert(
      ids.map((id) => ({ name: MAIL_QUEUE, data: { id } })),
      { db },
    )

  const mailWorkerIds: string[] = []
  const BATCH = 50
  const MAIL_LOOPS = 3
  const relayLog = repeatLog('[worker]')
  let relaying: Promise<number> | null = null
  let again = false
  /** One relay at a time per worker; a wake-up during a relay runs one more after it. */
  const relayNow = (): Promise<number> => {
    if (relaying) {
      again = true
      return relaying
    }
    // Connecting is inside the promise that clears `relaying`: a refused connection fails this
    // relay only, and the next wake-up tries again.
    relaying = (async () => {
      let total = 0
      const client = await getPool().connect()
      let broken: Error | undefined
      try {
        do {
          again = false
          for (let n = await relayOutbox(client, enqueue); n > 0; n = await relayOutbox(client, enqueue)) {
            total += n
            for (const id of mailWorkerIds) boss.notifyWorker(id)
          }
        } while (again)
      } catch (err) {
        // A connection that failed mid-relay is discarded rather than handed back to the pool.
        broken = err instanceof Error ? err : new Error(String(err))
        throw err
      } finally {
        client.release(broken)
      }
      relayLog.recovered('the outbox is reachable again; relaying resumed')
      return total
    })().finally(() => {
      relaying = null
    })
    return relaying
  }
  const wake = () => void relayNow().catch((err: unknown) => relayLog.error('relay failed', err))

  const sendOne = async (job: PgBoss.Job<{ id: number }>) => {
    // Sent by this process during an outage, its mark still waiting for the database: not again.
    if (sent.isUnrecorded(job.data.id)) return
    try {
      const row = await claimMessage(job.data.id, beat.id)
      if (!row) return
      // Still being sent by a live worker: try again later, when it has finished one way or the other.
      if (row === 'busy') return void (await boss.fail(MAIL_QUEUE, job.id, { message: 'being sent by another worker' }))
      const mail = await renderOutboxMessage(row)
      if (!mail) return markSent(row.id, 'nothing to send: the post or the address is gone')
      await sendMail(mail)
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err)
      await markFailed(job.data.id, beat.id, message).catch(() => {})
      await boss.fail(MAIL_QUEUE, job.id, { message })
      return
    }
    // Accepted by the SMTP server: recorded at once (see sent-marks.ts), never treated as failed.
    await sent.mark(job.data.id)
  }
  // pg-boss waits its polling interval between fetches unless told there is more: a full batch
  // (or a relay that just queued mail) says so, so a backlog drains at full speed. A few fetch
  // loops keep one slow message from holding up the next batch.
  for (let i = 0; i < MAIL_LOOPS; i++) {
    let id: string | null = null
    id = await boss.work<{ id: number }>(MAIL_QUEUE, { batchSize: BATCH, pollingIntervalSeconds: 1 }, async (jobs) => {
      if (jobs.length === BATCH && id) boss.notifyWorker(id)
      await Promise.all(jobs.map(sendOne))
    })
    mailWorkerIds.push(id)
  }
  await boss.work<{ id: number }>(DEAD_QUEUE, { pollingIntervalSeconds: 2 }, async (jobs) => {
    for (const job of jobs) await markDead(job.data.id)
  })

  await boss.createQueue('digest-daily')
  await boss.createQueue('digest-weekly')
  await boss.schedule('digest-daily', '0 7 * * *')
  await boss.schedule('digest-weekly', '0 7 * * 1')
  await boss.work('digest-daily', async () => log(`daily digests: ${await buildDigests('daily')}`))
  await boss.work('digest-weekly', async () => log(`weekly digests: ${await buildDigests('weekly')}`))

  const beatLog = repeatLog('[worker]')
  const heartbeat = setInterval(
    () =>
      void writeHeartbeat(beat).then(
        () => beatLog.recovered('heartbeat written again'),
        (err: unknown) => beatLog.error('heartbeat failed', err),
      ),
    HEARTBEAT_SECONDS * 1000,
  )
  // NOTIFY wakes the relay at once; the timer catches anything a lost connection missed.
  const listener = listenForOutbox(opts.databaseUrl, wake, log)
  const timer = setInterval(wake, (opts.pollSeconds ?? 5) * 1000)
  await relayNow()
  log('mail worker started')

  return {
    relayNow,
    async stop() {
      clearInterval(timer)
      clearInterval(heartbeat)
      await listener.stop()
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 })
      await sent.close(5_000)
      await retireHeartbeat(beat).catch(() => {})
    },
  }
}
