/**
 * `npm run bench:notify [-- --followers 10000]`: one new question in a category with that many
 * followers (all wanting mail at once). Prints how long the ask takes with its fan-out (inbox and
 * outbox rows in the same transaction), then how long the mail worker takes to deliver every mail
 * to a real SMTP server on loopback, and the delivery rate. Uses its own database in .data/bench
 * (or DATABASE_URL); runs lib/ directly (with the react-server condition, see package.json).
 */
import path from 'node:path'
import pg from 'pg'
import { migrateDatabase } from '../db/migrate'
import { startEmbeddedPostgres, freePort } from './lib/embedded-postgres'
import { numberArg } from './lib/bench-site'
import { SmtpSink, waitFor } from './lib/smtp-sink'

const followers = numberArg('followers', 10_000)

async function main() {
  const embedded = process.env.DATABASE_URL
    ? null
    : await startEmbeddedPostgres({ dataDir: path.resolve('.data/bench/pg') })
  const name = 'askwell_notify'
  if (embedded) {
    const admin = new pg.Client({ connectionString: embedded.urlFor('postgres') })
    await admin.connect()
    await admin.query(`drop database if exists ${name} with (force)`)
    await admin.end()
    await embedded.createDatabase(name)
  }
  const url = process.env.DATABASE_URL ?? embedded!.urlFor(name)
  const smtp = new SmtpSink(await freePort(2700))
  await smtp.start()
  Object.assign(process.env, {
    DATABASE_URL: url,
    SMTP_URL: smtp.url,
    AUTH_SECRET: process.env.AUTH_SECRET ?? 'bench-auth-secret-0123456789abcdef',
    DATABASE_POOL_MAX: '8',
  })
  try {
    await migrateDatabase(url)
    const db = new pg.Client({ connectionString: url })
    await db.connect()
    const tag = Date.now().toString(36)
    const {
      rows: [category],
    } = await db.query<{ id: number }>(
      `insert into categories (name, slug, path, depth) values ($1, $1, $1, 1) returning id`,
      [`bench-${tag}`],
    )
    const {
      rows: [asker],
    } = await db.query<{ id: number }>(
      `insert into users (handle, display_name, email, email_verified_at, points) values ($1, 'Bench Asker', $1 || '@bench.invalid', now(), 5000) returning id`,
      [`asker-${tag}`],
    )
    await db.query(
      `with u as (
         insert into users (handle, display_name, email, email_verified_at, email_followed)
         select 'f-' || $1 || '-' || n, 'Follower ' || n, 'f-' || $1 || '-' || n || '@bench.invalid', now(), 'immediate' from generate_series(1, $2::int) n returning id)
       insert into follows (user_id, target_type, target_id, level) select id, 'category', $3, 'watching' from u`,
      [tag, followers, category!.id],
    )
    await db.end()

    const { askQuestion } = await import('../lib/questions/mutations')
    const { startMailWorker } = await import('../lib/notify/worker')
    const { closeDb } = await import('../db/client')
    const member = {
      kind: 'member' as const,
      id: asker!.id,
      name: 'Bench Asker',
      role: 'member' as const,
      points: 5000,
      isSuspended: false,
      ip: '127.0.0.1',
    }
    // The worker is already running, as it is beside `npm start`.
    const worker = await startMailWorker({ databaseUrl: url })
    const askStarted = performance.now()
    const asked = await askQuestion(member, {
      title: 'A question for ten thousand followers of one category',
      body: 'Benchmark.',
      categoryId: category!.id,
      tags: [],
    })
    const askMs = performance.now() - askStarted
    if (!asked.ok) throw new Error(asked.error.message)
    const deliveryStarted = askStarted
    let firstAt = 0
    await waitFor(
      () => {
        if (!firstAt && smtp.received.length > 0) firstAt = performance.now()
        return smtp.received.length >= followers
      },
      30 * 60_000,
      `${followers} mails`,
    )
    const deliveryMs = performance.now() - deliveryStarted
    await worker.stop()
    await closeDb()
    const duplicates = [...smtp.counts().values()].filter((n) => n > 1).length

    console.log('\n=== bench:notify ===')
    console.log(`followers             ${followers.toLocaleString('en')} watching one category, mail at once`)
    console.log(
      `ask + fan-out         ${askMs.toFixed(0)} ms for the question, its ${followers.toLocaleString('en')} inbox rows and outbox rows, in one transaction`,
    )
    console.log(`first mail            ${(firstAt - deliveryStarted).toFixed(0)} ms after the ask began`)
    console.log(
      `all delivered         ${(deliveryMs / 1000).toFixed(1)} s after the ask began, for ${smtp.received.length.toLocaleString('en')} mails = ${(smtp.received.length / (deliveryMs / 1000)).toFixed(0)} mails/s (duplicates: ${duplicates})`,
    )
  } finally {
    await smtp.stop()
    await embedded?.stop()
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err)
    process.exit(1)
  },
)
