import { sql } from 'drizzle-orm'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { follows } from '@/db/schema'
import { freePort } from '../../scripts/lib/embedded-postgres'
import { restartPostgres, stopPostgres } from '../../scripts/lib/pg-ctl'
import { SmtpSink, waitFor } from '../../scripts/lib/smtp-sink'
import { startWorkerProcess, type WorkerProcess } from '../../scripts/lib/worker-process'
import { memberOf } from '../factories/actors'
import { createCategory, createQuestion, createUser } from '../factories/community'
import { closeDb, getDb, resetDatabase } from '../factories/db'

/**
 * The mail worker as `npm start` runs it (a supervised child process) through the failures an
 * operator meets: Postgres stopped under it, the worker killed. Real Postgres (the run's throwaway
 * cluster, stopped and restarted with pg_ctl), real SMTP on loopback.
 */
const dataDir = process.env.TEST_POSTGRES_DATA_DIR
const smtp = new SmtpSink(await freePort(2650))
const workerEnv = {
  ...process.env,
  SMTP_URL: smtp.url,
  MAIL_RETRY_DELAY_SECONDS: '1',
  MAIL_JOB_EXPIRE_SECONDS: '3',
  QUEUE_MAINTENANCE_SECONDS: '1',
}
const { postAnswer } = await import('@/lib/answers/mutations')
const { getMailWorkerStatus } = await import('@/lib/notify/heartbeat')

let worker: WorkerProcess | null = null
const logged: string[] = []
beforeAll(() => smtp.start())
beforeEach(async () => {
  await resetDatabase()
  await getDb().execute(sql`drop schema if exists pgboss cascade`)
  smtp.received.length = 0
  smtp.delayMs = 0
  logged.length = 0
})
afterEach(async () => {
  await worker?.stop()
  worker = null
})
afterAll(async () => {
  await smtp.stop()
  await closeDb()
})

const statuses = async () =>
  (
    await getDb().execute<{ status: string; n: number }>(
      sql`select status::text, count(*)::int as n from mail_messages group by 1 order by 1`,
    )
  ).rows
const allSent = async (n: number) => {
  const rows = await statuses()
  return rows.length === 1 && rows[0]!.status === 'sent' && rows[0]!.n === n
}
const superviseWorker = () => startWorkerProcess(workerEnv, (line) => logged.push(line))

async function watchedQuestion(followers: number) {
  const category = await createCategory('Sleep')
  const q = await createQuestion({ categoryId: category.id })
  for (let i = 0; i < followers; i++) {
    const u = await createUser({ emailVerifiedAt: new Date() })
    await getDb().insert(follows).values({ userId: u.id, targetType: 'question', targetId: q.id, level: 'watching' })
  }
  return q
}

async function answerFrom(questionId: number, n: number) {
  const author = await createUser()
  for (let i = 0; i < n; i++) {
    const r = await postAnswer(memberOf(author), {
      questionId,
      body: `Answer number ${i}: a walk before bed helped me.`,
    })
    if (!r.ok) throw new Error(r.error.message)
  }
}

describe('mail through outages', () => {
  it(
    'keeps a worker going through a Postgres outage: mail pending at the stop and mail written after it all go out, each once',
    { timeout: 240_000 },
    async () => {
      expect(dataDir, 'run with `npm test`, which passes the throwaway cluster').toBeTruthy()
      const q = await watchedQuestion(20)
      worker = superviseWorker()
      // Slow sends (a second each, ten at a time), then none answered at all from the first few on, so that
      // most mail is pending when Postgres stops, however busy the machine; the messages caught mid-send
      // are accepted during the outage, while their marks cannot be written.
      smtp.delayMs = 1_000
      await answerFrom(q.id, 3)
      await waitFor(() => smtp.received.length >= 3, 60_000, 'the first mails')
      smtp.hold()
      await stopPostgres(dataDir!)
      try {
        expect(smtp.received.length, 'mail still on its way when Postgres stopped').toBeLessThan(60)
        smtp.release()
        // Long enough for every loop of the worker to fail: relays, claims, marks, heartbeats.
        await new Promise((r) => setTimeout(r, 8_000))
      } finally {
        smtp.release()
        await restartPostgres(dataDir!)
      }
      smtp.delayMs = 0
      // Mail written after the outage reaches the same worker through its relay.
      await waitFor(
        async () =>
          answerFrom(q.id, 1).then(
            () => true,
            () => false,
          ),
        30_000,
        'the database to take writes again',
      )
      await waitFor(() => allSent(80), 120_000, 'every message sent after the outage')
      expect(smtp.counts().size).toBe(80)
      expect([...smtp.counts().values()].filter((n) => n > 1)).toEqual([])
      // The worker outlived the outage itself; nothing had to restart it.
      expect(worker.restarts).toBe(0)
    },
  )

  it('restarts a worker killed with SIGKILL, logs it, and the new one delivers', { timeout: 120_000 }, async () => {
    const admin = memberOf(await createUser({ role: 'admin' }))
    worker = superviseWorker()
    const first = worker.child.pid
    await waitFor(
      async () => {
        const status = await getMailWorkerStatus(admin)
        return status.ok && status.data.alive.some((w) => w.pid === first)
      },
      60_000,
      'the first worker’s heartbeat',
    )
    worker.child.kill('SIGKILL')
    await waitFor(() => worker!.restarts === 1, 30_000, 'the supervisor to restart the worker')
    const second = worker.child.pid
    expect(second).not.toBe(first)
    expect(logged.join('\n')).toMatch(
      new RegExp(`mail worker \\(pid ${first}\\) exited on SIGKILL; restarting it in 1 s`),
    )
    expect(logged.join('\n')).toMatch(new RegExp(`mail worker restarted \\(pid ${second}, restart 1\\)`))
    const q = await watchedQuestion(3)
    await answerFrom(q.id, 1)
    await waitFor(() => allSent(3), 60_000, 'the new worker to send')
    expect(smtp.counts().size).toBe(3)
  })

  it(
    'shows admins, and only admins, whether a worker is alive and when it last sent',
    { timeout: 120_000 },
    async () => {
      const admin = memberOf(await createUser({ role: 'admin' }))
      expect(await getMailWorkerStatus(memberOf(await createUser({ role: 'moderator' })))).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      })
      expect(await getMailWorkerStatus({ kind: 'anonymous', name: null, email: null, ip: null })).toMatchObject({
        ok: false,
        error: { code: 'unauthenticated' },
      })
      expect(await getMailWorkerStatus(admin)).toEqual({ ok: true, data: { alive: [], lastSentAt: null } })

      worker = superviseWorker()
      const q = await watchedQuestion(2)
      await answerFrom(q.id, 1)
      await waitFor(() => allSent(2), 60_000, 'two mails')
      await waitFor(
        async () => {
          const status = await getMailWorkerStatus(admin)
          return status.ok && status.data.alive[0]?.sentCount === 2
        },
        30_000,
        'the heartbeat to count them',
      )
      const status = await getMailWorkerStatus(admin)
      if (!status.ok) throw new Error(status.error.message)
      expect(status.data.alive).toHaveLength(1)
      expect(status.data.alive[0]).toMatchObject({ pid: worker.child.pid, sentCount: 2 })
      expect(status.data.lastSentAt).not.toBeNull()

      // A worker that stops says so at once; when mail last went out stays on the page.
      await worker.stop()
      worker = null
      expect(await getMailWorkerStatus(admin)).toEqual({
        ok: true,
        data: { alive: [], lastSentAt: status.data.lastSentAt },
      })
    },
  )
})
