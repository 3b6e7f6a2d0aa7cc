import 'server-only'
import PgBoss from 'pg-boss'
import { getPool } from '@/db/client'
import { env } from '@/lib/env'
import { sendMail } from '@/lib/mail/send'
import { buildDigests } from './digest'
import { claimMessage, markDead, markFailed, markSent, OUTBOX_CHANNEL, relayOutbox } from './outbox'
import { renderOutboxMessage } from './render'

const MAIL_QUEUE = 'mail'
const DEAD_QUEUE = 'mail-dead'
const log = (message: string) => console.log(`[worker] ${message}`)

export type MailWorker = { stop: () => Promise<void>; relayNow: () => Promise<number> }

/**
 * The mail worker: wakes on the outbox's NOTIFY (and every few seconds regardless), moves pending
 * messages into pg-boss, and sends them with retries and exponential backoff. A message out of
 * retries lands in the dead-letter queue and is marked dead for /admin/mail. Runs inside `npm
 * start` by default, or on its own with `npm run worker`; any number can run at once.
 */
export async function startMailWorker(opts: { databaseUrl: string; pollSeconds?: number; retryLimit?: number } = { databaseUrl: process.env.DATABASE_URL ?? '' }): Promise<MailWorker> {
  const boss = new PgBoss({
    connectionString: opts.databaseUrl,
    max: 4,
    maintenanceIntervalSeconds: env.QUEUE_MAINTENANCE_SECONDS,
    monitorStateIntervalSeconds: Math.max(env.QUEUE_MAINTENANCE_SECONDS, 10),
  })
  boss.on('error', (err) => console.error('[worker] queue error:', err.message))
  await boss.start()
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

  const enqueue = (ids: number[], db: PgBoss.Db) => boss.insert(ids.map((id) => ({ name: MAIL_QUEUE, data: { id } })), { db })

  const mailWorkerIds: string[] = []
  const BATCH = 50
  const MAIL_LOOPS = 3
  let relaying: Promise<number> | null = null
  let again = false
  /** One relay at a time per worker; a wake-up during a relay runs one more after it. */
  const relayNow = async (): Promise<number> => {
    if (relaying) {
      again = true
      return relaying
    }
    relaying = (async () => {
      let total = 0
      const client = await getPool().connect()
      try {
        do {
          again = false
          for (let n = await relayOutbox(client, enqueue); n > 0; n = await relayOutbox(client, enqueue)) {
            total += n
            for (const id of mailWorkerIds) boss.notifyWorker(id)
          }
        } while (again)
      } finally {
        client.release()
        relaying = null
      }
      return total
    })()
    return relaying
  }

  const sendOne = async (job: PgBoss.Job<{ id: number }>) => {
    try {
      const row = await claimMessage(job.data.id)
      if (!row) return
      const mail = await renderOutboxMessage(row)
      if (!mail) return markSent(row.id, 'nothing to send: the post or the address is gone')
      await sendMail(mail)
      await markSent(row.id)
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err)
      await markFailed(job.data.id, message).catch(() => {})
      await boss.fail(MAIL_QUEUE, job.id, { message })
    }
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

  // NOTIFY wakes the relay at once; the timer catches anything a lost connection missed.
  const listener = await getPool().connect()
  await listener.query(`listen ${OUTBOX_CHANNEL}`)
  listener.on('notification', () => void relayNow().catch((err: Error) => console.error('[worker] relay failed:', err.message)))
  const timer = setInterval(() => void relayNow().catch((err: Error) => console.error('[worker] relay failed:', err.message)), (opts.pollSeconds ?? 5) * 1000)
  await relayNow()
  log('mail worker started')

  return {
    relayNow,
    async stop() {
      clearInterval(timer)
      await listener.query(`unlisten ${OUTBOX_CHANNEL}`).catch(() => {})
      listener.release()
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 })
    },
  }
}
