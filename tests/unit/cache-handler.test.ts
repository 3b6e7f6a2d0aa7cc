import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { withRequestContext } from '../../scripts/lib/request-context'

type Ctx = Record<string, unknown>
type Entry = { value: { kind: string; html?: string; data?: { body: string } } } | null
type Cache = {
  get: (key: string, ctx: Ctx) => Promise<Entry>
  set: (key: string, data: unknown, ctx: Ctx) => Promise<void>
  revalidateTag: (tags: string[]) => Promise<void>
}

// The handler Next loads (cache-handler.mjs), over Next's file-system cache kept in memory; each
// scenario below runs inside a real HTTP request of a real server, as pages and actions do.
let LastGoodCache: new (ctx: Ctx) => Cache
let server: Server
let base: string
const scenarios = new Map<string, () => Promise<void>>()
let counter = 0

beforeAll(async () => {
  const handlerModule = (await import(pathToFileURL(path.resolve('cache-handler.mjs')).href)) as {
    default: typeof LastGoodCache
  }
  LastGoodCache = handlerModule.default
  server = createServer(
    (req, res) =>
      void withRequestContext(res, async () => {
        await scenarios.get(req.url!)!()
        res.end()
      }),
  )
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

/** Runs `scenario` as the work of one request; resolves when its response has ended. */
function inRequest(scenario: () => Promise<void>): Promise<void> {
  const url = `/${++counter}`
  scenarios.set(url, scenario)
  return fetch(base + url).then((r) => void r.text())
}

const newCache = () =>
  new LastGoodCache({
    fs: undefined,
    flushToDisk: false,
    serverDistDir: '/nonexistent',
    revalidatedTags: [],
    maxMemoryCacheSize: 16 * 1024 * 1024,
  })
const unique = () => `${Date.now()}-${++counter}`
const threadData = (tag: string) => ({ kind: 'FETCH', tags: [tag], softTags: [] })
const page = (html: string, tag: string) => ({
  kind: 'APP_PAGE',
  html,
  rscData: Buffer.from(html),
  headers: { 'x-next-cache-tags': tag },
  status: 200,
  postponed: undefined,
  segmentData: undefined,
})
const pageCtx = { kind: 'APP_PAGE', isFallback: false, isRoutePPREnabled: false }
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/**
 * A page render that reads the thread's data, then a write lands (from another request) before
 * the render has stored its page: what a busy thread sees whenever someone posts.
 */
async function renderOverlappingWrite(cache: Cache, key: string, tag: string, events: string[]) {
  let writeLanded!: () => void
  const landed = new Promise<void>((resolve) => (writeLanded = resolve))
  const render = inRequest(async () => {
    await cache.get(`${key}-data`, threadData(tag)) // a miss: the query runs, then the write lands
    await landed
    const read = { body: 'the thread before the write' }
    await cache.set(
      `${key}-data`,
      { kind: 'FETCH', data: read, tags: [tag], revalidate: 3600 },
      { fetchCache: true, tags: [tag] },
    )
    await sleep(200) // the rest of the render
    await cache.set(key, page('<p>the thread before the write</p>', tag), {
      ...pageCtx,
      cacheControl: { revalidate: 3600, expire: undefined },
    })
    events.push('page stored')
  })
  const write = inRequest(async () => {
    const expiry = cache.revalidateTag([tag])
    writeLanded()
    await expiry
    events.push('expiry returned')
  })
  await Promise.all([render, write])
}

describe('cache handler: writes are visible on the next request', () => {
  it('a page rendered from data read before a write, and stored after the write expired it, is a miss', async () => {
    const cache = newCache()
    const key = `/thread-${unique()}`
    const tag = `question:${unique()}`
    await renderOverlappingWrite(cache, key, tag, [])
    expect(await cache.get(key, pageCtx), 'the page holds the thread before the write').toBeNull()
    expect(await cache.get(`${key}-data`, threadData(tag)), 'so does the thread data it read').toBeNull()

    // Rendered again by a request that began after the write: served from the cache.
    await inRequest(async () => {
      await cache.get(`${key}-data`, threadData(tag))
      await cache.set(key, page('<p>the thread with the answer</p>', tag), {
        ...pageCtx,
        cacheControl: { revalidate: 3600, expire: undefined },
      })
    })
    expect((await cache.get(key, pageCtx))?.value.html).toBe('<p>the thread with the answer</p>')
  })

  it("a write's expiry returns only after the renders under way that read its tags have stored their page", async () => {
    const events: string[] = []
    await renderOverlappingWrite(newCache(), `/thread-${unique()}`, `question:${unique()}`, events)
    // So the writer's next request (after the redirect) cannot join that render.
    expect(events).toEqual(['page stored', 'expiry returned'])
  })
})
