// Next's own file-system cache, with two differences.
//
// A page whose tags were expired keeps its last good copy, and serves it while the database cannot
// be reached. Next drops an entry the moment one of its tags is expired (updateTag, revalidateTag(tag,
// { expire: 0 })), so the next request must render in the foreground, and with Postgres down that
// request fails. Here an immediate expiry is recorded beside the entries instead: while the database
// answers, an expired entry is a miss exactly as in Next; while it does not, the entry is served as it
// was. Pages stored while the database was down (rendered from such copies, or Next keeping its
// previous copy after a failed background render) are re-rendered on their first request once it is back.
// Expiries with a stale-while-revalidate profile ('max') are left to Next.
//
// A write is visible on the next request, however busy the site. Next dates an entry by when it was
// stored, not by when its render read the database, and a request for a page joins the render of it
// already under way. So a render that read a thread just before an answer was saved would be stored
// as fresh after the answer expired the thread, and the author's request after the redirect would
// join it: the author lands on a page without their answer, and readers keep it until the next
// write. Here (with the request context that scripts/lib/request-context.ts keeps for every request):
// - an entry with a tag that was expired after its render first read data under that tag is stored
//   as expired already, so its next request renders again;
// - an expiry waits for the renders under way that have read data with its tags, so the request the
//   writer makes next cannot join one of them.
import FileSystemCacheModule from 'next/dist/server/lib/incremental-cache/file-system-cache.js'
import tagsManifestModule from 'next/dist/server/lib/incremental-cache/tags-manifest.external.js'

// Node hands this CommonJS module over as its exports object; a bundler (or vitest) as its default export.
const FileSystemCache = FileSystemCacheModule.default ?? FileSystemCacheModule
const { tagsManifest } = tagsManifestModule
const TAGS_HEADER = 'x-next-cache-tags'
const RESPONSE_KINDS = new Set(['APP_PAGE', 'APP_ROUTE', 'PAGES'])
// A render that began during an outage may finish just after it: its page is still suspect.
const SUSPECT_AFTER_OUTAGE_MS = 5_000
// A write waits at most this long for renders that read the old data, and not for renders begun
// longer ago: renders take milliseconds to a few seconds on a busy machine; this bounds a stuck one.
const RENDER_WAIT_MS = 5_000

/** Registered by db/client.ts; absent during `next build`, where the database is up by definition. */
function databaseHealth() {
  return (
    globalThis[Symbol.for('askwell.databaseHealth')] ?? {
      databaseReachable: async () => true,
      databaseDownWithin: () => false,
    }
  )
}

/** The request being served (scripts/lib/request-context.ts); absent in `next build`, where nothing writes. */
function currentRequest() {
  return globalThis[Symbol.for('askwell.request')]?.getStore()
}

/** Tag -> when it was last expired immediately (ms). Per process, like Next's own tag manifest. */
const expiredAt = new Map()
/**
 * Entries that may hold data older than an expiry of their tags: stored while the database was down,
 * or made from data read before one of their tags was expired. Fine to serve in an
 * outage, never once the database answers.
 */
const suspect = new Set()
/** Requests whose render has read tagged data and is not over yet. */
const reading = new Set()

function tagsOf(value, ctx) {
  if (value && RESPONSE_KINDS.has(value.kind)) {
    const header = value.headers?.[TAGS_HEADER]
    return typeof header === 'string' ? header.split(',') : []
  }
  return [...(ctx.tags ?? []), ...(ctx.softTags ?? []), ...(value?.tags ?? [])]
}

const expiredSince = (tags, time) => tags.some((tag) => (expiredAt.get(tag) ?? 0) >= time)

/**
 * Whether data this request stores may predate an expiry of one of its tags: a data-cache entry is
 * judged from when this request looked it up, a page from when it first read data under each tag.
 */
function storedStale(request, key, kind, tags) {
  if (!request) return expiredSince(tags, Date.now())
  if (kind === 'FETCH') return expiredSince(tags, request.keyReads.get(key) ?? request.startedAt)
  return tags.some((tag) => (expiredAt.get(tag) ?? 0) >= (request.tagReads.get(tag) ?? request.startedAt))
}

function noteRead(request, key, tags) {
  const now = Date.now()
  if (!request.keyReads.has(key)) request.keyReads.set(key, now)
  if (tags.length === 0) return
  for (const tag of tags) if (!request.tagReads.has(tag)) request.tagReads.set(tag, now)
  if (reading.has(request)) return
  reading.add(request)
  void request.rendered.then(() => reading.delete(request))
}

/** Waits (boundedly) for the renders under way, other than this request's own, that read these tags. */
async function finishRendersReading(tags) {
  const self = currentRequest()
  const now = Date.now()
  for (const r of reading) if (now - r.startedAt > RENDER_WAIT_MS) reading.delete(r)
  const renders = [...reading].filter((r) => r !== self && !r.expiring && tags.some((tag) => r.tagReads.has(tag)))
  if (renders.length === 0) return
  // Two writers waiting for each other's render would only wait out the bound.
  if (self) self.expiring = true
  let timer
  await Promise.race([
    Promise.all(renders.map((r) => r.rendered)),
    new Promise((resolve) => (timer = setTimeout(resolve, RENDER_WAIT_MS))),
  ])
  clearTimeout(timer)
  if (self) self.expiring = false
}

export default class LastGoodCache extends FileSystemCache {
  async revalidateTag(tags, durations) {
    const immediate = durations === undefined || durations.expire === 0
    if (!immediate) return super.revalidateTag(tags, durations)
    const list = typeof tags === 'string' ? [tags] : tags
    const now = Date.now()
    for (const tag of list) {
      expiredAt.set(tag, now)
      // Next's 'use cache' handler has just written the same expiry into the tag manifest its
      // file-system cache reads, which would drop the entry before get() could keep it.
      const { expired: _expired, stale: _stale, ...rest } = tagsManifest.get(tag) ?? {}
      tagsManifest.set(tag, rest)
    }
    await finishRendersReading(list)
  }

  async get(key, ctx) {
    const request = currentRequest()
    if (request && ctx.kind === 'FETCH') noteRead(request, key, [...(ctx.tags ?? []), ...(ctx.softTags ?? [])])
    const data = await super.get(key, ctx)
    if (!data) return data
    if (!this.#isExpired(key, data, ctx)) {
      // Served as it is; if it is stale by time, Next renders it again after the response, in this
      // request's context: that render is over when it stores the page, not when the response closes.
      if (request && RESPONSE_KINDS.has(data.value?.kind)) request.rendersAfterResponse = true
      return data
    }
    return (await databaseHealth().databaseReachable()) ? null : data
  }

  async set(key, data, ctx) {
    const request = currentRequest()
    await super.set(key, data, ctx)
    if (data && RESPONSE_KINDS.has(data.kind)) request?.markRendered()
    if (!data) return
    const outage = RESPONSE_KINDS.has(data.kind) && databaseHealth().databaseDownWithin(SUSPECT_AFTER_OUTAGE_MS)
    // Checked after storing: an expiry that lands while the entry is being written still counts.
    if (outage || storedStale(request, key, data.kind, tagsOf(data, ctx))) suspect.add(key)
    else suspect.delete(key)
  }

  #isExpired(key, data, ctx) {
    if (suspect.has(key)) return true
    return expiredSince(tagsOf(data.value, ctx), (data.lastModified ?? 0) + 1)
  }
}
