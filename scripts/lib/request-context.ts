import { AsyncLocalStorage } from 'node:async_hooks'
import type { ServerResponse } from 'node:http'

/**
 * What cache-handler.mjs knows about the request it is working for: when it began, when it first
 * read cached data under each tag and under each cache key (the database was read after that), and
 * when its render is over. The handler uses these to tell a render that read the data before a
 * write from one that read it after, and to let a write wait for renders that read the old data.
 */
export type RequestContext = {
  startedAt: number
  /** Tag -> when this request first read data under it (ms). */
  tagReads: Map<string, number>
  /** Cache key -> when this request first looked it up (ms). */
  keyReads: Map<string, number>
  /** Set by the handler when it served a cached page, which Next renders again after the response if it is stale. */
  rendersAfterResponse: boolean
  /** Set by the handler while this request's write waits for renders. */
  expiring?: boolean
  /** The handler stored the page this request rendered, or the response closed first. */
  rendered: Promise<void>
  markRendered: () => void
}

// The handler is plain JavaScript that Next loads by path, outside its bundles: it finds this through globalThis.
const key = Symbol.for('askwell.request')
const storage = ((globalThis as Record<symbol, unknown>)[key] ??=
  new AsyncLocalStorage<RequestContext>()) as AsyncLocalStorage<RequestContext>

/** Runs `handle` (one request) with its context readable by the cache handler. */
export function withRequestContext<T>(res: ServerResponse, handle: () => T): T {
  let markRendered!: () => void
  const rendered = new Promise<void>((resolve) => (markRendered = resolve))
  const context: RequestContext = {
    startedAt: Date.now(),
    tagReads: new Map(),
    keyReads: new Map(),
    rendersAfterResponse: false,
    rendered,
    markRendered,
  }
  res.once('close', () => context.rendersAfterResponse || markRendered())
  return storage.run(context, handle)
}
