/**
 * `npm run bench:read -- --questions 100000 [--seconds 15] [--connections 32] [--lighthouse-runs 5] [--no-load] [--dist-dir .next-x]`
 * Seeds (or reuses) a benchmark database of that size in .data/bench (or DATABASE_URL), builds and
 * starts the production server in its own process, warms it, loads random thread URLs with
 * autocannon, and prints throughput, latency, the cache-hit share, uncached render times and the
 * gzip size of a thread page's HTML and JavaScript. Then Lighthouse (mobile, Debian's chromium)
 * loads a thread with several answers and comments: the median performance score, blocking time
 * and LCP of its runs, the other category scores, and the JavaScript the browser downloaded, split
 * into Next's and React's runtime and our code. `--no-load` skips the load test and the sitemap,
 * for quick iterations on the page; `--dist-dir` builds into a folder of one's own; `--profile` writes a
 * V8 CPU profile of the server (warm-up, load test and Lighthouse) and prints where its time went.
 */
import fs from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import autocannon from 'autocannon'
import { processCpuMs } from './lib/bench-cold'
import { openScaleDatabase, serveScaleSite, timeFirstRequests } from './lib/bench-database'
import { runLighthouse } from './lib/bench-lighthouse'
import { summarizeCpuProfile } from './lib/cpu-profile'

const argValue = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`)
  return i === -1 ? fallback : Number(process.argv[i + 1])
}
const questions = argValue('questions', 100_000)
const seconds = argValue('seconds', 15)
const connections = argValue('connections', 32)
const lighthouseRuns = argValue('lighthouse-runs', 5)
const skipLoad = process.argv.includes('--no-load')
const distDirArg = process.argv.indexOf('--dist-dir')
const distDir = distDirArg === -1 ? null : process.argv[distDirArg + 1]!

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`

async function loadTest(siteUrl: string, serverPid: number, hot: string[], cold: string[], total: number) {
  // Uncached renders first: 200 threads nobody has requested since the build.
  const renderTimes = await timeFirstRequests(siteUrl, cold)

  console.log(`Warming ${hot.length} thread URLs…`)
  for (let i = 0; i < hot.length; i += 16)
    await Promise.all(hot.slice(i, i + 16).map((u) => fetch(siteUrl + u).then((r) => r.arrayBuffer())))

  const cacheStates = new Map<string, number>()
  let next = 0
  const cpuBefore = processCpuMs(serverPid)
  const result = await autocannon({
    url: siteUrl,
    connections,
    duration: seconds,
    // As a browser or a crawler asks: compressed bytes are what a reader really gets.
    headers: { 'accept-encoding': 'gzip, deflate, br' },
    requests: [
      {
        setupRequest: (req: autocannon.Request) => ({ ...req, path: hot[next++ % hot.length]! }),
        onResponse: (_status: number, _body: string, _context: unknown, headers?: Record<string, string>) => {
          const state = headers?.['x-nextjs-cache'] ?? 'none'
          cacheStates.set(state, (cacheStates.get(state) ?? 0) + 1)
        },
      },
    ],
  } as autocannon.Options)
  const cpuPerRequest = (processCpuMs(serverPid) - cpuBefore) / Math.max(result.requests.total, 1)

  const sample = siteUrl + hot[0]!
  const html = await (await fetch(sample)).text()
  const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!)
  let jsGzip = 0
  for (const src of new Set(scripts))
    jsGzip += gzipSync(Buffer.from(await (await fetch(new URL(src, siteUrl))).arrayBuffer())).length

  // The sitemap must hold every visible question once, in files of at most 50,000 URLs.
  const index = await (await fetch(`${siteUrl}/sitemap.xml`)).text()
  const files = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!)
  const perFile: number[] = []
  let threadUrls = 0
  for (const file of files) {
    const xml = await (await fetch(file)).text()
    perFile.push((xml.match(/<url>/g) ?? []).length)
    threadUrls += (xml.match(/<loc>[^<]*\/\d+\/[^<]*<\/loc>/g) ?? []).length
  }

  const responses = [...cacheStates.values()].reduce((a, b) => a + b, 0)
  const hits = cacheStates.get('HIT') ?? 0
  console.log('\n=== bench:read ===')
  console.log(`database              ${total.toLocaleString('en')} questions`)
  console.log(
    `load                  ${seconds}s, ${connections} connections, ${hot.length} random thread URLs (after warm-up)`,
  )
  console.log(
    `requests/s            ${result.requests.average.toFixed(0)} (total ${result.requests.total}, non-2xx ${result.non2xx}, errors ${result.errors})`,
  )
  console.log(`latency               p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms`)
  console.log(
    `server CPU            ${cpuPerRequest.toFixed(2)} ms per request, ${kb(result.throughput.total / Math.max(result.requests.total, 1))} per response as sent`,
  )
  console.log(
    `served from cache     ${((hits / Math.max(responses, 1)) * 100).toFixed(2)}% (${[...cacheStates].map(([k, v]) => `${k} ${v}`).join(', ')})`,
  )
  console.log(
    `uncached thread       p50 ${percentile(renderTimes, 50).toFixed(1)} ms, p99 ${percentile(renderTimes, 99).toFixed(1)} ms over ${renderTimes.length} distinct threads`,
  )
  console.log(`thread HTML           ${kb(Buffer.byteLength(html))} raw, ${kb(gzipSync(html).length)} gzip`)
  console.log(
    `thread <script src>   ${kb(jsGzip)} gzip in ${new Set(scripts).size} files (noModule polyfills included)`,
  )
  console.log(
    `sitemap               ${files.length} files (URLs per file: ${perFile.join(', ')}), ${threadUrls.toLocaleString('en')} thread URLs for ${total.toLocaleString('en')} questions`,
  )
}

async function main() {
  // The viewer island's /api/viewer needs one, or every page load logs a server error to the console.
  process.env.AUTH_SECRET ??= 'bench-read-auth-secret-0123456789'
  const database = await openScaleDatabase(questions)
  const { client } = database
  try {
    const total = database.questions
    const profileDir = process.argv.includes('--profile')
      ? fs.mkdtempSync(path.resolve(process.env.BENCH_DATA_DIR ?? '.data/bench', 'profile-'))
      : null
    const server = await serveScaleSite(distDir ? { ...database, distDir } : database, {
      nodeFlags: profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
    })
    const { siteUrl } = server
    try {
      const { rows } = await client.query<{ id: number; slug: string }>(
        `select id, slug from questions where status = 'visible' order by random() limit 1200`,
      )
      const hot = rows.slice(0, 1000).map((r) => `/${r.id}/${r.slug}`)
      const cold = rows.slice(1000).map((r) => `/${r.id}/${r.slug}`)

      if (!skipLoad) await loadTest(siteUrl, server.pid, hot, cold, total)

      // A thread with several answers and comments, read from the cache as every anonymous reader gets it.
      const {
        rows: [busy],
      } = await client.query<{ id: number; slug: string }>(
        `select q.id, q.slug from questions q
          where q.status = 'visible' and q.answer_count between 3 and 8 and q.comment_count > 0
            and exists (select 1 from answers a where a.question_id = q.id and a.comment_count > 0)
          order by q.answer_count desc, q.comment_count desc, q.id limit 1`,
      )
      const thread = `${siteUrl}/${busy!.id}/${busy!.slug}`
      for (let i = 0; i < 2; i++) await (await fetch(thread)).arrayBuffer()
      console.log(`Lighthouse (mobile), ${lighthouseRuns} runs on ${thread}…`)
      const lh = await runLighthouse(thread, siteUrl, lighthouseRuns)
      const ms = (v: number) => `${Math.round(v)} ms`
      console.log('\n=== bench:read, a thread on a phone ===')
      console.log(`thread                ${thread}`)
      console.log(
        `JavaScript            ${kb(lh.js.runtimeGzip + lh.js.ourGzip)} gzip in ${lh.js.files} files: Next/React runtime ${kb(lh.js.runtimeGzip)}, our code ${kb(lh.js.ourGzip)} (noModule polyfills not downloaded)`,
      )
      console.log(
        `  our code by source  ${
          lh.js.ourSources
            .slice(0, 8)
            .map((s) => `${s.source} ${kb(s.gzip)}`)
            .join(', ') || 'none'
        }`,
      )
      console.log(
        `performance (median)  ${lh.median.performance}, TBT ${ms(lh.median.tbt)}, LCP ${(lh.median.lcp / 1000).toFixed(2)} s`,
      )
      console.log(
        `  runs                ${lh.runs.map((r) => `${r.performance}/${ms(r.tbt)}/${(r.lcp / 1000).toFixed(2)} s`).join('; ')}`,
      )
      const other = (['accessibility', 'best-practices', 'seo'] as const).map(
        (c) => `${c} ${[...new Set(lh.runs.map((r) => r.scores[c]))].join('/')}`,
      )
      console.log(
        `other categories      ${other.join(', ')}${
          Object.keys(lh.failing).length
            ? ` (failing: ${Object.entries(lh.failing)
                .map(([c, ids]) => `${c}: ${ids.join(' ')}`)
                .join('; ')})`
            : ''
        }`,
      )
    } finally {
      await server.stop()
    }
    // Node writes the profile as the server exits.
    const profile = profileDir && fs.readdirSync(profileDir).find((f) => f.endsWith('.cpuprofile'))
    if (profile)
      console.log(
        `\nCPU profile of the server (${path.join(profileDir, profile)}):\n${summarizeCpuProfile(path.join(profileDir, profile))}`,
      )
  } finally {
    await database.stop()
  }
}

main().catch((err: unknown) => {
  console.error(err)
  process.exit(1)
})
