import { execFileSync, spawn } from 'node:child_process'
import path from 'node:path'
import pg from 'pg'
import { migrateDatabase } from '../../db/migrate'
import { prerenderedPaths } from './bench-cold'
import { buildApp, staleBuildReason } from './build'
import { freePort, startEmbeddedPostgres } from './embedded-postgres'

export type ScaleDatabase = {
  url: string
  databaseId: string
  questions: number
  client: pg.Client
  distDir: string
  stop: () => Promise<void>
}

/**
 * Large sizes share one database (topped up as needed); small ones, such as the 2,000-question
 * site compared with Question2Answer, get their own database and build, so both can be kept.
 */
function benchNames(questions: number): { database: string; distDir: string } {
  return questions >= 100_000
    ? { database: 'askwell_bench', distDir: '.next-bench' }
    : { database: `askwell_bench_${questions}`, distDir: `.next-bench-${questions}` }
}

/**
 * The shared large benchmark database (embedded Postgres in .data/bench, or DATABASE_URL), migrated
 * and topped up by seed:scale to at least `questions` visible questions; reused between runs.
 * The embedded server gets a production-like buffer cache (Postgres's default 128 MB is sized for
 * a small shared machine; a million questions with their search index take a few GB).
 */
export const BENCH_POSTGRES_SETTINGS = { shared_buffers: '2GB', effective_cache_size: '8GB', work_mem: '16MB' }

export async function openScaleDatabase(questions: number): Promise<ScaleDatabase> {
  // BENCH_DATA_DIR lets two benchmarks run side by side, each with its own cluster.
  const dataDir = path.resolve(process.env.BENCH_DATA_DIR ?? '.data/bench', 'pg')
  const embedded = process.env.DATABASE_URL
    ? null
    : await startEmbeddedPostgres({ dataDir, settings: BENCH_POSTGRES_SETTINGS })
  const names = benchNames(questions)
  if (embedded) await embedded.createDatabase(names.database)
  const url = process.env.DATABASE_URL ?? embedded!.urlFor(names.database)
  const client = new pg.Client({ connectionString: url })
  client.on('error', () => {})
  const stop = async () => {
    await client.end().catch(() => {})
    await embedded?.stop()
  }
  try {
    const databaseId = await migrateDatabase(url)
    await client.connect()
    const count = async () =>
      Number(
        (await client.query<{ n: string }>(`select count(*) as n from questions where status = 'visible'`)).rows[0]!.n,
      )
    const existing = await count()
    if (existing < questions) {
      console.log(
        `Seeding ${(questions - existing).toLocaleString('en')} more questions (the database has ${existing.toLocaleString('en')})…`,
      )
      execFileSync('node_modules/.bin/tsx', ['scripts/seed-scale.ts', '--questions', String(questions - existing)], {
        stdio: 'inherit',
        env: { ...process.env, DATABASE_URL: url },
      })
    } else console.log(`Reusing the benchmark database: ${existing.toLocaleString('en')} questions.`)
    return { url, databaseId, questions: await count(), client, distDir: names.distDir, stop }
  } catch (err) {
    await stop()
    throw err
  }
}

export type ServeOptions = {
  /** Runs before the server starts, after any build (e.g. to empty the page cache). */
  beforeStart?: (distDir: string) => void
  /** Extra node flags for the server process (e.g. --cpu-prof). */
  nodeFlags?: string[]
  /** Rebuild even when the build is current (to measure the first minutes after a deploy). */
  rebuild?: boolean
}

export type ScaleSite = {
  siteUrl: string
  pid: number
  distDir: string
  prerenderedPaths: () => string[]
  stop: () => Promise<void>
}

/** A production build of the site on that database, served by its own process; resolves once it is ready. */
export async function serveScaleSite(database: ScaleDatabase, options: ServeOptions = {}): Promise<ScaleSite> {
  const port = await freePort(3200)
  const siteUrl = `http://localhost:${port}`
  const distDir = path.resolve(database.distDir)
  const env = {
    ...process.env,
    DATABASE_URL: database.url,
    SITE_URL: siteUrl,
    PORT: String(port),
    NEXT_DIST_DIR: database.distDir,
    REVALIDATE_SECRET: 'bench-revalidate-secret-0123456789',
  }
  const reason = options.rebuild ? 'asked for a fresh build' : staleBuildReason(distDir, database.databaseId, siteUrl)
  if (reason) {
    console.log(`Building (${reason})…`)
    await buildApp(distDir, database.databaseId, siteUrl, env)
  }
  options.beforeStart?.(distDir)
  const server = spawn(process.execPath, [...(options.nodeFlags ?? []), '--import', 'tsx', 'scripts/serve.ts'], {
    env: { ...env, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  await new Promise<void>((resolve, reject) => {
    server.stdout.on('data', (chunk: Buffer) => (chunk.toString().includes('ready') ? resolve() : undefined))
    server.on('exit', (code) => reject(new Error(`server exited (${code})`)))
  })
  const stop = async () => {
    if (server.exitCode !== null) return
    const exited = new Promise((resolve) => server.once('exit', resolve))
    server.kill('SIGTERM')
    await exited
  }
  return { siteUrl, pid: server.pid!, distDir, prerenderedPaths: () => prerenderedPaths(distDir), stop }
}

/** Fetches each path once, in order, and returns the response times in ms (sorted). */
export async function timeFirstRequests(siteUrl: string, paths: string[]): Promise<number[]> {
  const times: number[] = []
  for (const p of paths) {
    const started = performance.now()
    const res = await fetch(siteUrl + p)
    await res.arrayBuffer()
    times.push(performance.now() - started)
  }
  return times.sort((a, b) => a - b)
}
