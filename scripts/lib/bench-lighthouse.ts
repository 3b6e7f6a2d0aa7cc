import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import lighthouse, { type Result } from 'lighthouse'

const CHROMIUM = '/usr/bin/chromium'
// Lighthouse's documented headless setup, minus what would make background traffic or updates skew a run.
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]
export const REPORT = path.resolve('.data/bench/lighthouse-thread.json')
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const

/** Sources that are Next's and React's own runtime (and Turbopack's chunk loader), not ours. */
const RUNTIME_SOURCE =
  /node_modules\/(next|react|react-dom|scheduler|@swc\/helpers)\/|\[turbopack\]|turbopack:\/\/\/\[turbopack\]/

type TreemapNode = { name: string; resourceBytes: number; children?: TreemapNode[] }

export type ScriptSplit = {
  files: number
  runtimeGzip: number
  ourGzip: number
  ourSources: { source: string; gzip: number }[]
}

export type LighthouseSummary = {
  runs: { performance: number; tbt: number; lcp: number; scores: Record<(typeof CATEGORIES)[number], number> }[]
  median: { performance: number; tbt: number; lcp: number }
  /** Audits that cost points outside performance, by category, from any run. */
  failing: Record<string, string[]>
  js: ScriptSplit
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/** Each run gets a fresh browser and profile, so no run finds another's cache. */
async function withChromium<T>(use: (port: number) => Promise<T>): Promise<T> {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'askwell-lh-'))
  const chrome = spawn(
    CHROMIUM,
    [...CHROME_FLAGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'],
    { stdio: ['ignore', 'ignore', 'pipe'], detached: true },
  )
  try {
    const port = await new Promise<number>((resolve, reject) => {
      let seen = ''
      chrome.stderr.on('data', (chunk: Buffer) => {
        seen += chunk.toString()
        const m = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(seen)
        if (m) resolve(Number(m[1]))
      })
      chrome.on('exit', (code) =>
        reject(new Error(`chromium exited (${code}) before it listened: ${seen.slice(-500)}`)),
      )
    })
    return await use(port)
  } finally {
    // /usr/bin/chromium is a wrapper script: end the browser's whole process group, not just the wrapper.
    const exited = chrome.exitCode === null ? new Promise((resolve) => chrome.once('exit', resolve)) : null
    try {
      process.kill(-chrome.pid!, 'SIGKILL')
    } catch {
      // already gone
    }
    await exited
    rmSync(profile, { recursive: true, force: true, maxRetries: 5 })
  }
}

function leaves(node: TreemapNode, prefix: string, out: { source: string; bytes: number }[]) {
  const name = prefix ? `${prefix}/${node.name}` : node.name
  if (!node.children?.length) out.push({ source: name, bytes: node.resourceBytes })
  else for (const child of node.children) leaves(child, name, out)
}

async function sourcesByLength(url: string): Promise<{ source: string; bytes: number }[]> {
  const code = await (await fetch(url)).text()
  const ref = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(code)?.[1]
  if (!ref) return []
  const res = await fetch(new URL(ref, url))
  if (!res.ok) return []
  const map = (await res.json()) as { sources?: string[]; sourcesContent?: (string | null)[] }
  return (map.sources ?? []).map((source, i) => ({ source, bytes: map.sourcesContent?.[i]?.length ?? 0 }))
}

/**
 * The script files the page made the browser download (a modern browser skips the `noModule`
 * polyfills), gzipped as the server sends them, each file's gzip size shared out between its
 * sources in proportion to their bytes (from the published source maps).
 */
async function splitScripts(lhr: Result, siteUrl: string): Promise<ScriptSplit> {
  const requests =
    (lhr.audits['network-requests']?.details as { items: { url: string; resourceType?: string }[] } | undefined)
      ?.items ?? []
  const urls = [
    ...new Set(requests.filter((r) => r.resourceType === 'Script' && r.url.startsWith(siteUrl)).map((r) => r.url)),
  ]
  const nodes = (lhr.audits['script-treemap-data']?.details as { nodes: TreemapNode[] } | undefined)?.nodes ?? []
  const split: ScriptSplit = { files: urls.length, runtimeGzip: 0, ourGzip: 0, ourSources: [] }
  const ours = new Map<string, number>()
  for (const url of urls) {
    const gzip = gzipSync(Buffer.from(await (await fetch(url)).arrayBuffer())).length
    const node = nodes.find((n) => n.name === url)
    const parts: { source: string; bytes: number }[] = []
    if (node?.children?.length) for (const child of node.children) leaves(child, '', parts)
    const mapped = parts.filter((p) => !p.source.endsWith('(unmapped)'))
    // Lighthouse gives up on some of Turbopack's maps; then the map's own sources are weighed by their length.
    if (mapped.length === 0) mapped.push(...(await sourcesByLength(url)))
    const total = mapped.reduce((a, p) => a + p.bytes, 0)
    // Without a map a file cannot be split; it counts as ours, the side that has to justify itself.
    if (total === 0) {
      split.ourGzip += gzip
      ours.set(url, (ours.get(url) ?? 0) + gzip)
      continue
    }
    for (const p of mapped) {
      const share = (gzip * p.bytes) / total
      if (RUNTIME_SOURCE.test(p.source)) split.runtimeGzip += share
      else {
        split.ourGzip += share
        const source = p.source.replace(/^.*\[project\]\//, '')
        ours.set(source, (ours.get(source) ?? 0) + share)
      }
    }
  }
  split.ourSources = [...ours].map(([source, gzip]) => ({ source, gzip })).sort((a, b) => b.gzip - a.gzip)
  return split
}

/** Lighthouse's default mobile run (simulated slow 4G, 4× CPU slowdown), `runs` times against one URL. */
export async function runLighthouse(url: string, siteUrl: string, runs: number): Promise<LighthouseSummary> {
  const results: Result[] = []
  for (let i = 0; i < runs; i++) {
    const lhr = await withChromium(
      async (port) =>
        (await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] }))?.lhr,
    )
    if (!lhr) throw new Error('Lighthouse returned no result')
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`)
    results.push(lhr)
  }
  // The last report in full, for the audits behind a number (open it in the Lighthouse viewer).
  mkdirSync(path.dirname(REPORT), { recursive: true })
  writeFileSync(REPORT, JSON.stringify(results.at(-1)))
  const score = (lhr: Result, c: (typeof CATEGORIES)[number]) => Math.round((lhr.categories[c]?.score ?? 0) * 100)
  const summary = results.map((lhr) => ({
    performance: score(lhr, 'performance'),
    tbt: lhr.audits['total-blocking-time']?.numericValue ?? NaN,
    lcp: lhr.audits['largest-contentful-paint']?.numericValue ?? NaN,
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, score(lhr, c)])) as Record<
      (typeof CATEGORIES)[number],
      number
    >,
  }))
  const failing: Record<string, string[]> = {}
  for (const lhr of results)
    for (const c of CATEGORIES.filter((c) => c !== 'performance'))
      for (const ref of lhr.categories[c]?.auditRefs ?? []) {
        const audit = lhr.audits[ref.id]
        if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1 && !failing[c]?.includes(ref.id))
          (failing[c] ??= []).push(ref.id)
      }
  return {
    runs: summary,
    median: {
      performance: median(summary.map((r) => r.performance)),
      tbt: median(summary.map((r) => r.tbt)),
      lcp: median(summary.map((r) => r.lcp)),
    },
    failing,
    js: await splitScripts(results.at(-1)!, siteUrl),
  }
}
