// Next's own file-system cache, with one difference: a page whose tags were expired keeps its last
// good copy, and serves it while the database cannot be reached.
//
// Next drops an entry the moment one of its tags is expired (updateTag, revalidateTag(tag, { expire: 0 })),
// so the next request must render in the foreground, and with Postgres down that request fails. Here an
// immediate expiry is recorded beside the entries instead: while the database answers, an expired entry
// is a miss exactly as in Next (read-your-own-writes holds); while it does not, the entry is served as it
// was. Pages stored while the database was down (rendered from such copies, or Next keeping its
// previous copy after a failed background render) are re-rendered on their first request once it is back.
// Expiries with a stale-while-revalidate profile ('max') are left to Next.
import FileSystemCacheModule from 'next/dist/server/lib/incremental-cache/file-system-cache.js'
import tagsManifestModule from 'next/dist/server/lib/incremental-cache/tags-manifest.external.js'

const FileSystemCache = FileSystemCacheModule.default
const { tagsManifest } = tagsManifestModule
const TAGS_HEADER = 'x-next-cache-tags'
const RESPONSE_KINDS = new Set(['APP_PAGE', 'APP_ROUTE', 'PAGES'])
// A render that began during an outage may finish just after it: its page is still suspect.
const SUSPECT_AFTER_OUTAGE_MS = 5_000

/** Registered by db/client.ts; absent during `next build`, where the database is up by definition. */
function databaseHealth() {
  return globalThis[Symbol.for('askwell.databaseHealth')] ?? { databaseReachable: async () => true, databaseDownWithin: () => false }
}

/** Tag -> when it was last expired immediately (ms). Per process, like Next's own tag manifest. */
const expiredAt = new Map()
/** Entries stored while the database was down: fine to serve in an outage, never once it is back. */
const suspect = new Set()

function tagsOf(data, ctx) {
  if (data.value && RESPONSE_KINDS.has(data.value.kind)) {
    const header = data.value.headers?.[TAGS_HEADER]
    return typeof header === 'string' ? header.split(',') : []
  }
  return [...(ctx.tags ?? []), ...(ctx.softTags ?? []), ...(data.value?.tags ?? [])]
}

export default class LastGoodCache extends FileSystemCache {
  async revalidateTag(tags, durations) {
    const immediate = durations === undefined || durations.expire === 0
    if (!immediate) return super.revalidateTag(tags, durations)
    const now = Date.now()
    for (const tag of typeof tags === 'string' ? [tags] : tags) {
      expiredAt.set(tag, now)
      // Next's 'use cache' handler has just written the same expiry into the tag manifest its
      // file-system cache reads, which would drop the entry before get() could keep it.
      const { expired: _expired, stale: _stale, ...rest } = tagsManifest.get(tag) ?? {}
      tagsManifest.set(tag, rest)
    }
  }

  async get(key, ctx) {
    const data = await super.get(key, ctx)
    if (!data || !this.#isExpired(key, data, ctx)) return data
    return (await databaseHealth().databaseReachable()) ? null : data
  }

  async set(key, data, ctx) {
    await super.set(key, data, ctx)
    if (!data || !RESPONSE_KINDS.has(data.kind)) return
    if (databaseHealth().databaseDownWithin(SUSPECT_AFTER_OUTAGE_MS)) suspect.add(key)
    else suspect.delete(key)
  }

  #isExpired(key, data, ctx) {
    if (suspect.has(key)) return true
    const storedAt = data.lastModified ?? 0
    return tagsOf(data, ctx).some((tag) => (expiredAt.get(tag) ?? 0) > storedAt)
  }
}
