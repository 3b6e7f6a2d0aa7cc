/**
 * `npm run bench:read -- --questions 100000 [--seconds 15] [--connections 32]`
 * Seeds (or reuses) a benchmark database of that size in .data/bench (or DATABASE_URL), builds and
 * starts the production server in its own process, warms it, loads random thread URLs with
 * autocannon, and prints throughput, latency, the cache-hit share, uncached render times and the
 * gzip size of a thread page's HTML and JavaScript.
 */
import { gzipSync } from 'node:zlib'
import autocannon from 'autocannon'
import { openScaleDatabase, serveScaleSite, timeFirstRequests } from './lib/bench-database'

const argValue = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`)
  return i === -1 ? fallback : Number(process.argv[i + 1])
}
const questions = argValue('questions', 100_000)
const seconds = argValue('seconds', 15)
const connections = argValue('connections', 32)

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`

async function main() {
  const database = await openScaleDatabase(questions)
  const { client } = database
  try {
    const total = database.questions
    const server = await serveScaleSite(database)
    const { siteUrl } = server
    try {
      const { rows } = await client.query<{ id: number; slug: string }>(
        `select id, slug from questions where status = 'visible' order by random() limit 1200`,
      )
      const hot = rows.slice(0, 1000).map((r) => `/${r.id}/${r.slug}`)
      const cold = rows.slice(1000).map((r) => `/${r.id}/${r.slug}`)

      // Uncached renders first: 200 threads nobody has requested since the build.
      const renderTimes = await timeFirstRequests(siteUrl, cold)

      console.log(`Warming ${hot.length} thread URLs…`)
      for (let i = 0; i < hot.length; i += 16) await Promise.all(hot.slice(i, i + 16).map((u) => fetch(siteUrl + u).then((r) => r.arrayBuffer())))

      const cacheStates = new Map<string, number>()
      let next = 0
      const result = await autocannon({
        url: siteUrl,
        connections,
        duration: seconds,
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

      const sample = siteUrl + hot[0]!
      const html = await (await fetch(sample)).text()
      const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!)
      let jsGzip = 0
      for (const src of new Set(scripts)) jsGzip += gzipSync(Buffer.from(await (await fetch(new URL(src, siteUrl))).arrayBuffer())).length

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
      console.log(`load                  ${seconds}s, ${connections} connections, ${hot.length} random thread URLs (after warm-up)`)
      console.log(`requests/s            ${result.requests.average.toFixed(0)} (total ${result.requests.total}, non-2xx ${result.non2xx}, errors ${result.errors})`)
      console.log(`latency               p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms`)
      console.log(`served from cache     ${((hits / Math.max(responses, 1)) * 100).toFixed(2)}% (${[...cacheStates].map(([k, v]) => `${k} ${v}`).join(', ')})`)
      console.log(`uncached thread       p50 ${percentile(renderTimes, 50)!.toFixed(1)} ms, p99 ${percentile(renderTimes, 99)!.toFixed(1)} ms over ${renderTimes.length} distinct threads`)
      console.log(`thread HTML           ${kb(Buffer.byteLength(html))} raw, ${kb(gzipSync(html).length)} gzip`)
      console.log(`thread JavaScript     ${kb(jsGzip)} gzip in ${new Set(scripts).size} files`)
      console.log(`sitemap               ${files.length} files (URLs per file: ${perFile.join(', ')}), ${threadUrls.toLocaleString('en')} thread URLs for ${total.toLocaleString('en')} questions`)
    } finally {
      await server.stop()
    }
  } finally {
    await database.stop()
  }
}

main().catch((err: unknown) => {
  console.error(err)
  process.exit(1)
})
