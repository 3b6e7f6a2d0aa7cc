/**
 * `npm run bench:crawl -- --questions 2000 [--pages 900] [--concurrency 8] [--single 100] [--profile] [--after-build]`
 * What a crawler walking a big site sees: the production server starts with an empty page cache
 * (no thread rendered since the build, no data-cache entry), then threads that were never served
 * are fetched, `concurrency` at a time. Prints pages/s, p50/p99, the server's CPU per page (and
 * Postgres's, with the queries per page), and one-at-a-time uncached renders. `--profile` writes a
 * V8 CPU profile of the server during the crawl and prints where its time went; `--after-build`
 * rebuilds first and crawls right after start, as after a deploy.
 */
import fs from 'node:fs'
import path from 'node:path'
import { emptyPageCache, processCpuMs, postgresCpuMs } from './lib/bench-cold'
import { openScaleDatabase, serveScaleSite } from './lib/bench-database'
import { summarizeCpuProfile } from './lib/cpu-profile'

const arg = (name: string, fallback: number) =>
  process.argv.includes(`--${name}`) ? Number(process.argv[process.argv.indexOf(`--${name}`) + 1]) : fallback
const flag = (name: string) => process.argv.includes(`--${name}`)
const questions = arg('questions', 2_000)
const pages = arg('pages', 900)
const concurrency = arg('concurrency', 8)
const single = arg('single', 100)

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN
const ms = (n: number) => `${n.toFixed(1)} ms`

async function fetchPage(url: string): Promise<{ ms: number; status: number; cache: string }> {
  const started = performance.now()
  const res = await fetch(url, { headers: { 'accept-encoding': 'gzip', 'user-agent': 'askwell-bench-crawl' } })
  await res.arrayBuffer()
  return { ms: performance.now() - started, status: res.status, cache: res.headers.get('x-nextjs-cache') ?? 'none' }
}

async function main() {
  const database = await openScaleDatabase(questions)
  const { client } = database
  const profileDir = flag('profile')
    ? fs.mkdtempSync(path.resolve(process.env.BENCH_DATA_DIR ?? '.data/bench', 'profile-'))
    : null
  try {
    // Enough for both samples once the prerendered threads are left out.
    const { rows } = await client.query<{ id: number; slug: string }>(
      `select id, slug from questions where status = 'visible' order by random() limit $1`,
      [pages + single + 1_000],
    )
    const server = await serveScaleSite(database, {
      rebuild: flag('after-build'),
      beforeStart: emptyPageCache,
      nodeFlags: profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
    })
    const results: Awaited<ReturnType<typeof fetchPage>>[] = []
    let crawlSeconds = 0
    let serverCpu = 0
    let pgCpu = 0
    let queries = 0
    let singles: number[] = []
    try {
      const prerendered = new Set(server.prerenderedPaths())
      const paths = rows.map((r) => `/${r.id}/${r.slug}`).filter((p) => !prerendered.has(p))
      const crawl = paths.slice(0, pages)
      const alone = paths.slice(pages, pages + single)

      // The crawl starts the moment the server is ready: after a deploy, that is what crawlers meet.
      const xacts = async () =>
        Number(
          (
            await client.query<{ n: string }>(
              `select xact_commit + xact_rollback as n from pg_stat_database where datname = current_database()`,
            )
          ).rows[0]!.n,
        )
      const [cpu0, pg0, x0] = [processCpuMs(server.pid), postgresCpuMs(), await xacts()]
      const started = performance.now()
      let next = 0
      await Promise.all(
        Array.from({ length: concurrency }, async () => {
          while (next < crawl.length) results.push(await fetchPage(server.siteUrl + crawl[next++]!))
        }),
      )
      crawlSeconds = (performance.now() - started) / 1000
      serverCpu = processCpuMs(server.pid) - cpu0
      pgCpu = postgresCpuMs() - pg0
      // Our own two pg_stat reads are transactions too.
      queries = (await xacts()) - x0 - 1

      for (const p of alone) singles.push((await fetchPage(server.siteUrl + p)).ms)
      singles = singles.sort((a, b) => a - b)
    } finally {
      await server.stop()
    }

    const times = results.map((r) => r.ms).sort((a, b) => a - b)
    const statuses = new Map<string, number>()
    for (const r of results) statuses.set(`${r.status} ${r.cache}`, (statuses.get(`${r.status} ${r.cache}`) ?? 0) + 1)
    console.log('\n=== bench:crawl ===')
    console.log(
      `database              ${database.questions.toLocaleString('en')} questions${flag('after-build') ? ' (crawl right after a fresh build)' : ''}`,
    )
    console.log(`cold crawl            ${results.length} distinct threads never served, ${concurrency} at a time`)
    console.log(`pages/s               ${(results.length / crawlSeconds).toFixed(1)}`)
    console.log(`latency               p50 ${ms(percentile(times, 50))}, p99 ${ms(percentile(times, 99))}`)
    console.log(`responses             ${[...statuses].map(([k, v]) => `${k}: ${v}`).join(', ')}`)
    console.log(`server CPU            ${ms(serverCpu / results.length)} per page`)
    console.log(
      `Postgres CPU          ${ms(pgCpu / results.length)} per page, ${(queries / results.length).toFixed(1)} queries per page`,
    )
    console.log(
      `uncached, alone       p50 ${ms(percentile(singles, 50))}, p99 ${ms(percentile(singles, 99))} over ${singles.length} threads`,
    )
    if (profileDir) {
      const file = fs.readdirSync(profileDir).find((f) => f.endsWith('.cpuprofile'))
      if (file) {
        console.log(`\nCPU profile of the server (${path.join(profileDir, file)}):`)
        console.log(summarizeCpuProfile(path.join(profileDir, file)))
      }
    }
  } finally {
    await database.stop()
  }
}

main().catch((err: unknown) => {
  console.error(err)
  process.exit(1)
})
