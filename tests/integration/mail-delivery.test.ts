import { spawn, type ChildProcess } from 'node:child_process'
import { sql } from 'drizzle-orm'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { follows } from '@/db/schema'
import { freePort } from '../../scripts/lib/embedded-postgres'
import { memberOf } from '../factories/actors'
import { createCategory, createQuestion, createUser } from '../factories/community'
import { closeDb, getDb, resetDatabase } from '../factories/db'
import { SmtpSink, waitFor } from '../../scripts/lib/smtp-sink'

/**
 * The mail path end to end against a real SMTP server on loopback: outbox rows written with the
 * post, moved into pg-boss by the worker, sent with retries. Short retry and expiry times (set
 * before lib/ is loaded) keep the fault tests to tens of seconds.
 */
const smtp = new SmtpSink(await freePort(2600))
Object.assign(process.env, {
  SMTP_URL: smtp.url,
  AUTH_SECRET: process.env.AUTH_SECRET ?? 'integration-auth-secret-0123456789abcdef',
  MAIL_RETRY_DELAY_SECONDS: '1',
  MAIL_RETRY_LIMIT: '12',
  MAIL_JOB_EXPIRE_SECONDS: '3',
  QUEUE_MAINTENANCE_SECONDS: '1',
})
const { startMailWorker } = await import('@/lib/notify/worker')
const { postAnswer } = await import('@/lib/answers/mutations')
type Worker = Awaited<ReturnType<typeof startMailWorker>>

let worker: Worker | null = null
beforeAll(() => smtp.start())
beforeEach(async () => {
  await resetDatabase()
  await getDb().execute(sql`drop schema if exists pgboss cascade`)
  smtp.received.length = 0
  smtp.refuseNext = 0
  smtp.delayMs = 0
})
afterEach(async () => {
  await worker?.stop()
  worker = null
  await smtp.start()
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

/** A question watched by `followers` members who want mail at once. */
async function watchedQuestion(followers: number) {
  const category = await createCategory('Grief')
  const q = await createQuestion({ categoryId: category.id })
  const people = []
  for (let i = 0; i < followers; i++) {
    const u = await createUser({ emailVerifiedAt: new Date() })
    await getDb().insert(follows).values({ userId: u.id, targetType: 'question', targetId: q.id, level: 'watching' })
    people.push(u)
  }
  return { q, people }
}

async function answerFrom(questionId: number, n: number) {
  const author = await createUser()
  for (let i = 0; i < n; i++) {
    const r = await postAnswer(memberOf(author), {
      questionId,
      body: `Answer number ${i}: what helped me most was time.`,
    })
    if (!r.ok) throw new Error(r.error.message)
  }
}

describe('mail delivery', () => {
  it('sends each follower one mail per answer, with one-click unsubscribe headers', async () => {
    worker = await startMailWorker({ databaseUrl: process.env.DATABASE_URL! })
    const { q, people } = await watchedQuestion(3)
    await answerFrom(q.id, 1)
    await waitFor(() => smtp.received.length >= 3, 15_000, '3 mails')
    await new Promise((r) => setTimeout(r, 500))
    expect(smtp.received.map((m) => m.to[0]).sort()).toEqual(people.map((p) => p.email!.toLowerCase()).sort())
    // Long headers are folded onto continuation lines: unfold before matching.
    const raw = smtp.received[0]!.raw.replace(/\r?\n[ \t]+/g, ' ')
    expect(raw).toMatch(/^List-Unsubscribe: <http[^>]+\/api\/unsubscribe\/[^>]+>/m)
    expect(raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click/m)
    expect(raw).toMatch(/^Content-Type: multipart\/alternative/m)
    expect(raw).toContain(`#a`)
    expect(await statuses()).toEqual([{ status: 'sent', n: 3 }])
  })

  it(
    'keeps posting fast while SMTP is down for 30 s, then delivers every mail exactly once',
    { timeout: 180_000 },
    async () => {
      worker = await startMailWorker({ databaseUrl: process.env.DATABASE_URL! })
      const { q } = await watchedQuestion(20)
      await smtp.stop()
      const started = Date.now()
      await answerFrom(q.id, 5)
      const postingMs = Date.now() - started
      expect(postingMs).toBeLessThan(10_000)
      await new Promise((r) => setTimeout(r, 30_000))
      expect(smtp.received).toHaveLength(0)
      await smtp.start()
      await waitFor(async () => (await statuses()).every((s) => s.status === 'sent'), 120_000, 'every message sent')
      expect(smtp.received).toHaveLength(100)
      expect([...smtp.counts().values()].every((n) => n === 1)).toBe(true)
      expect(smtp.counts().size).toBe(100)
    },
  )

  it('retries a message the server refuses with 451', { timeout: 60_000 }, async () => {
    worker = await startMailWorker({ databaseUrl: process.env.DATABASE_URL! })
    const { q } = await watchedQuestion(2)
    smtp.refuseNext = 3
    await answerFrom(q.id, 1)
    await waitFor(async () => (await statuses()).every((s) => s.status === 'sent'), 45_000, 'both sent')
    expect(smtp.received).toHaveLength(2)
    const { rows } = await getDb().execute<{ attempts: number }>(sql`select attempts from mail_messages`)
    expect(rows.reduce((sum, r) => sum + r.attempts, 0)).toBe(2 + 3)
  })

  it('loses nothing when the worker process is killed mid-batch and started again', { timeout: 120_000 }, async () => {
    const { q } = await watchedQuestion(30)
    smtp.delayMs = 150
    await answerFrom(q.id, 2)
    const spawnWorker = (): ChildProcess =>
      spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'scripts/worker.ts'], {
        env: process.env,
        stdio: 'ignore',
      })
    let child = spawnWorker()
    await waitFor(() => smtp.received.length >= 10, 30_000, 'the first mails')
    // Killed with sends under way that SMTP has not answered (they are never delivered), and a moment
    // after the last acceptance, so the count below does not depend on how busy the machine is.
    smtp.hold()
    await new Promise((r) => setTimeout(r, 500))
    child.kill('SIGKILL')
    await new Promise((r) => child.once('exit', r))
    smtp.release()
    const deliveredBeforeKill = smtp.received.length
    expect(deliveredBeforeKill).toBeLessThan(60)
    child = spawnWorker()
    try {
      await waitFor(
        async () => (await statuses()).every((s) => s.status === 'sent'),
        90_000,
        'every message sent after the restart',
      )
    } finally {
      const exited = new Promise((r) => child.once('exit', r))
      child.kill('SIGTERM')
      await exited
    }
    // Every message arrived. A message whose send was under way at the kill may arrive twice (the
    // documented at-least-once case); no other message does.
    expect(smtp.counts().size).toBe(60)
    const twice = [...smtp.counts().values()].filter((n) => n > 1).length
    expect(twice).toBeLessThanOrEqual(20)
  })

  it('dead-letters a message that fails every retry, and an admin’s retry sends it', { timeout: 60_000 }, async () => {
    const { requeueDead } = await import('@/lib/notify/outbox')
    worker = await startMailWorker({ databaseUrl: process.env.DATABASE_URL!, retryLimit: 1 })
    const { q } = await watchedQuestion(1)
    smtp.refuseNext = 1_000
    await answerFrom(q.id, 1)
    await waitFor(
      async () => (await statuses()).some((s) => s.status === 'dead'),
      45_000,
      'the message to be dead-lettered',
    )
    expect(smtp.received).toHaveLength(0)
    const { rows } = await getDb().execute<{ attempts: number; lastError: string }>(
      sql`select attempts, last_error as "lastError" from mail_messages`,
    )
    expect(rows[0]).toMatchObject({ attempts: 2, lastError: expect.stringMatching(/451|Try again later/) })

    expect(await requeueDead(memberOf(await createUser({ role: 'moderator' })), 'all')).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    })
    expect(await statuses()).toEqual([{ status: 'dead', n: 1 }])
    smtp.refuseNext = 0
    expect(await requeueDead(memberOf(await createUser({ role: 'admin' })), 'all')).toEqual({
      ok: true,
      data: { count: 1 },
    })
    await waitFor(
      async () => (await statuses()).every((s) => s.status === 'sent'),
      30_000,
      'the retried message to be sent',
    )
    expect(smtp.received).toHaveLength(1)
  })

  it('sends a digest that lists each waiting item once', { timeout: 30_000 }, async () => {
    const { buildDigests } = await import('@/lib/notify/digest')
    worker = await startMailWorker({ databaseUrl: process.env.DATABASE_URL! })
    const category = await createCategory('Anxiety')
    const reader = await createUser({ emailVerifiedAt: new Date() })
    await getDb()
      .insert(follows)
      .values({ userId: reader.id, targetType: 'category', targetId: category.id, level: 'watching' })
    const { askQuestion } = await import('@/lib/questions/mutations')
    const asker = await createUser()
    for (const title of ['How do I calm down before exams?', 'Is it normal to panic at night?']) {
      const r = await askQuestion(memberOf(asker), { title, body: '', categoryId: category.id, tags: [] })
      if (!r.ok) throw new Error(r.error.message)
    }
    expect(await buildDigests('daily')).toBe(1)
    expect(await buildDigests('daily')).toBe(0)
    await waitFor(() => smtp.received.length >= 1, 15_000, 'the digest')
    await new Promise((r) => setTimeout(r, 500))
    expect(smtp.received).toHaveLength(1)
    const text = smtp.received[0]!.raw.replace(/=\r?\n/g, '')
    expect(text).toContain('daily digest')
    expect(text).toContain('How do I calm down before exams?')
    expect(text).toContain('Is it normal to panic at night?')
  })

  it(
    'mails each event type to exactly the right people through SMTP, and no one else',
    { timeout: 60_000 },
    async () => {
      const { askQuestion, acceptAnswer } = await import('@/lib/questions/mutations')
      const { postComment } = await import('@/lib/comments/mutations')
      worker = await startMailWorker({ databaseUrl: process.env.DATABASE_URL! })
      const category = await createCategory('Relationships')
      const person = (handle: string, over: Parameters<typeof createUser>[0] = {}) =>
        createUser({ handle, email: `${handle}@mail.test`, emailVerifiedAt: new Date(), ...over })
      const asker = await person('asker')
      const answerer = await person('answerer')
      const categoryFan = await person('category-fan', { emailFollowed: 'immediate' })
      const askerFan = await person('asker-fan', { emailFollowed: 'immediate' })
      const digestReader = await person('digest-reader') // follows the category with the default daily digest
      const commenter = await person('commenter')
      await person('mentioned')
      await person('bystander')
      for (const [u, type, id] of [
        [categoryFan, 'category', category.id],
        [askerFan, 'user', asker.id],
        [digestReader, 'category', category.id],
      ] as const)
        await getDb().insert(follows).values({ userId: u.id, targetType: type, targetId: id, level: 'watching' })

      const sent = async (step: () => Promise<unknown>) => {
        const before = smtp.received.length
        await step()
        await waitFor(
          async () => (await statuses()).every((s) => s.status === 'sent' || s.status === 'dead'),
          20_000,
          'the step’s mail',
        )
        await new Promise((r) => setTimeout(r, 300))
        return smtp.received
          .slice(before)
          .flatMap((m) => m.to)
          .sort()
      }
      let qid = 0
      expect(
        await sent(async () => {
          const q = await askQuestion(memberOf(asker), {
            title: 'How do we split chores without fighting?',
            body: '',
            categoryId: category.id,
            tags: [],
          })
          if (!q.ok) throw new Error(q.error.message)
          qid = q.data.id
        }),
      ).toEqual(['asker-fan@mail.test', 'category-fan@mail.test'])
      let answerId = 0
      expect(
        await sent(async () => {
          const a = await postAnswer(memberOf(answerer), {
            questionId: qid,
            body: 'Write the chores down together, then swap monthly.',
          })
          if (!a.ok) throw new Error(a.error.message)
          answerId = a.data.id
        }),
      ).toEqual(['asker@mail.test'])
      // The asker follows their own question (watching): every new post in it reaches them.
      expect(
        await sent(() =>
          postComment(memberOf(commenter), {
            parentId: answerId,
            body: 'This worked for us, and @mentioned said the same.',
          }),
        ),
      ).toEqual(['answerer@mail.test', 'asker@mail.test', 'mentioned@mail.test'])
      expect(
        await sent(() => postComment(memberOf(asker), { parentId: answerId, body: 'Thanks, we will try it.' })),
      ).toEqual(['answerer@mail.test', 'commenter@mail.test'])
      expect(await sent(() => acceptAnswer(memberOf(asker), { questionId: qid, answerId }))).toEqual([
        'answerer@mail.test',
      ])
      let anonId = 0
      expect(
        await sent(async () => {
          const anon = await postAnswer(
            { kind: 'anonymous', name: 'been-there', email: null, ip: '198.51.100.9' },
            {
              questionId: qid,
              body: 'A chore wheel on the fridge.',
              anonName: 'been-there',
              anonEmail: 'been-there@mail.test',
            },
          )
          if (!anon.ok) throw new Error(anon.error.message)
          anonId = anon.data.id
        }),
      ).toEqual(['answerer@mail.test', 'asker@mail.test', 'commenter@mail.test'])
      // A comment on the anonymous answer reaches its poster by the address they left.
      expect(await sent(() => postComment(memberOf(asker), { parentId: anonId, body: 'Love this idea.' }))).toEqual([
        'answerer@mail.test',
        'been-there@mail.test',
        'commenter@mail.test',
      ])
    },
  )
})
