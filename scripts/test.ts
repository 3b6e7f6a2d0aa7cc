/**
 * `npm test`: the static checks (types, lint, formatting), then unit and integration tests (vitest)
 * against a throwaway PostgreSQL, then the end-to-end tests (Playwright, Chromium) against a
 * production build seeded with the demo content.
 * Flags: --static, --unit, --integration, --e2e run only those parts; other arguments go to the runners.
 */
import { mkdtemp } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { closeDb } from '../db/client'
import { defaultRateLimits } from '../lib/rate-limit/limits'
import { migrateDatabase } from '../db/migrate'
import { seedDemoOnce } from '../db/seed/demo'
import { buildApp } from './lib/build'
import { freePort } from './lib/embedded-postgres'
import { bin, run } from './lib/run'
import { startNextServer } from './lib/server'
import { startSmtpCapture } from './lib/smtp-capture'
import { startThrowawayPostgres } from './lib/throwaway-postgres'
import { startWorkerProcess } from './lib/worker-process'

const args = process.argv.slice(2)
const parts = ['--static', '--unit', '--integration', '--e2e'].filter((p) => args.includes(p))
const wants = (part: string) => parts.length === 0 || parts.includes(part)
const passThrough = args.filter((a) => !parts.includes(a))

async function main(): Promise<number> {
  if (wants('--static')) {
    const code = await staticChecks()
    if (code !== 0 || !['--unit', '--integration', '--e2e'].some(wants)) return code
  }
  if (wants('--unit') && !wants('--integration'))
    return run(bin('vitest'), ['run', '--project', 'unit', ...passThrough])
  const pg = await startThrowawayPostgres('askwell-test')
  try {
    if (wants('--unit') || wants('--integration')) {
      await pg.createDatabase('askwell_test')
      await migrateDatabase(pg.urlFor('askwell_test'))
      const projects = ['--unit', '--integration'].filter(wants).flatMap((p) => ['--project', p.slice(2)])
      // tests/integration/mail-outage.test.ts stops and restarts this cluster with pg_ctl.
      const code = await run(bin('vitest'), ['run', ...projects, ...passThrough], {
        ...process.env,
        DATABASE_URL: pg.urlFor('askwell_test'),
        TEST_POSTGRES_DATA_DIR: pg.dataDir,
      })
      if (code !== 0 || !wants('--e2e')) return code
    }
    return await runEndToEnd(pg.urlFor('askwell_e2e'), () => pg.createDatabase('askwell_e2e'), pg.dataDir)
  } finally {
    await pg.stop()
  }
}

/** The package scripts of the same names, side by side (each is mostly one core); any failure stops the run. */
async function staticChecks(): Promise<number> {
  const checks = ['typecheck', 'lint', 'format:check']
  console.log(`[test] static checks: ${checks.join(', ')}…`)
  const codes = await Promise.all(checks.map((name) => run('npm', ['run', '--silent', name])))
  const failed = checks.filter((_, i) => codes[i] !== 0)
  if (failed.length) console.error(`[test] static checks failed: ${failed.join(', ')}`)
  return failed.length ? 1 : 0
}

async function runEndToEnd(
  databaseUrl: string,
  createDatabase: () => Promise<void>,
  postgresDataDir: string,
): Promise<number> {
  await createDatabase()
  const databaseId = await migrateDatabase(databaseUrl)
  await seedDemoOnce(databaseUrl)
  await allowManySignInsFromOneAddress(databaseUrl)
  const mailDir = await mkdtemp(path.join(os.tmpdir(), 'askwell-smtp-'))
  const smtp = await startSmtpCapture(mailDir)
  const port = await freePort(3100)
  const siteUrl = `http://localhost:${port}`
  const distDir = '.next-test'
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    SITE_URL: siteUrl,
    PORT: String(port),
    NEXT_DIST_DIR: distDir,
    REVALIDATE_SECRET: 'test-revalidate-secret-0123456789',
    AUTH_SECRET: 'test-auth-secret-0123456789abcdef',
    // Mail goes through a real SMTP server on loopback; the specs read what it received.
    SMTP_URL: smtp.url,
    MAIL_CAPTURE_DIR: mailDir,
    NODE_ENV: 'production' as const,
  }
  Object.assign(process.env, env)
  console.log(`[test] building the app into ${distDir} against the seeded test database…`)
  await buildApp(path.resolve(distDir), databaseId, siteUrl, env)
  const server = await startNextServer({ dev: false, port })
  // The mail worker, as `npm start` runs it, with quick retries for the run.
  const worker = startWorkerProcess({ ...env, MAIL_RETRY_DELAY_SECONDS: '1', QUEUE_MAINTENANCE_SECONDS: '2' })
  try {
    // tests/e2e/outage.spec.ts stops and restarts this cluster with pg_ctl.
    return await run(bin('playwright'), ['test', ...passThrough], {
      ...env,
      BASE_URL: siteUrl,
      E2E_POSTGRES_DATA_DIR: postgresDataDir,
    })
  } finally {
    await worker.stop()
    await smtp.stop()
    await server.close()
    // The server's pool lives on globalThis, so this ends it before Postgres stops under it.
    await closeDb()
  }
}

/**
 * Every browser in the end-to-end run comes from 127.0.0.1, so the per-address limits on signing in
 * and up, and previews (meant for one person) would stop the suite itself; the per-account limits
 * and the growing delays after wrong passwords stay as they are.
 */
async function allowManySignInsFromOneAddress(databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const limits = {
      signIn: { ...defaultRateLimits.signIn, perIp: 10_000 },
      signInLink: { ...defaultRateLimits.signInLink, perIp: 10_000 },
      signUp: { ...defaultRateLimits.signUp, perIp: 10_000 },
      preview: { ...defaultRateLimits.preview, perIp: 10_000 },
    }
    await client.query(
      `insert into settings (key, value) values ('rateLimits', $1) on conflict (key) do update set value = excluded.value`,
      [JSON.stringify(limits)],
    )
    // Likewise the new-member posting interval: the specs' anonymous posters all share 127.0.0.1.
    await client.query(
      `insert into settings (key, value) values ('spam', '{"newMemberPostIntervalSeconds": 0}') on conflict (key) do update set value = excluded.value`,
    )
  } finally {
    await client.end()
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err)
    process.exit(1)
  },
)
