import { spawn } from 'node:child_process'
import { mkdtemp } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { migrateDatabase } from '../../db/migrate'
import { seedDemoOnce } from '../../db/seed/demo'
import { buildApp, staleBuildReason } from './build'
import { freePort, startEmbeddedPostgres } from './embedded-postgres'
import { startSmtpCapture } from './smtp-capture'

export type BenchSite = { siteUrl: string; db: pg.Client; authSecret: string; stop: () => Promise<void> }

/**
 * A production build of the site on a demo database (embedded Postgres in .data/bench, or
 * DATABASE_URL), served by its own process, with mail going to a real SMTP server on loopback.
 * Each benchmark gets its own database and build folder, so they never share state.
 */
export async function startBenchSite(name: string): Promise<BenchSite> {
  const authSecret = 'bench-auth-secret-0123456789abcdef'
  const embedded = process.env.DATABASE_URL
    ? null
    : await startEmbeddedPostgres({ dataDir: path.resolve('.data/bench/pg') })
  if (embedded) await embedded.createDatabase(`askwell_${name}`)
  const url = process.env.DATABASE_URL ?? embedded!.urlFor(`askwell_${name}`)
  const db = new pg.Client({ connectionString: url })
  db.on('error', () => {})
  const smtp = await startSmtpCapture(await mkdtemp(path.join(os.tmpdir(), `askwell-${name}-mail-`)))
  let server: ReturnType<typeof spawn> | null = null
  const stop = async () => {
    if (server && server.exitCode === null) {
      const exited = new Promise((resolve) => server!.once('exit', resolve))
      server.kill('SIGTERM')
      await exited
    }
    await smtp.stop()
    await db.end().catch(() => {})
    await embedded?.stop()
  }
  try {
    const databaseId = await migrateDatabase(url)
    await seedDemoOnce(url)
    await db.connect()
    // The load comes from many fresh members at once: the new-member posting interval (a spam
    // rule, one post per 30 s) is set aside, as per-address limits are by TRUST_PROXY below.
    await db.query(
      `insert into settings (key, value) values ('spam', '{"newMemberPostIntervalSeconds": 0}') on conflict (key) do update set value = excluded.value`,
    )
    const port = await freePort(3300)
    const siteUrl = `http://localhost:${port}`
    const distName = `.next-bench-${name}`
    const distDir = path.resolve(distName)
    const env = {
      ...process.env,
      DATABASE_URL: url,
      SITE_URL: siteUrl,
      PORT: String(port),
      NEXT_DIST_DIR: distName,
      AUTH_SECRET: authSecret,
      REVALIDATE_SECRET: 'bench-revalidate-secret-0123456789',
      SMTP_URL: smtp.url,
      // Each simulated client sends its own X-Forwarded-For, so per-IP rate limits see many clients.
      TRUST_PROXY: '1',
    }
    const reason = staleBuildReason(distDir, databaseId, siteUrl)
    if (reason) {
      console.log(`Building (${reason})…`)
      await buildApp(distDir, databaseId, siteUrl, env)
    }
    server = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts'], {
      env: { ...env, NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    await new Promise<void>((resolve, reject) => {
      server!.stdout!.on('data', (c: Buffer) => (c.toString().includes('ready') ? resolve() : undefined))
      server!.on('exit', (code) => reject(new Error(`server exited (${code})`)))
    })
    return { siteUrl, db, authSecret, stop }
  } catch (err) {
    await stop()
    throw err
  }
}

export const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!

export const numberArg = (name: string, fallback: number) =>
  process.argv.includes(`--${name}`) ? Number(process.argv[process.argv.indexOf(`--${name}`) + 1]) : fallback
