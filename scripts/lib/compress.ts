import type { IncomingMessage } from 'node:http'
import zlib from 'node:zlib'

export type Encoding = 'br' | 'gzip'

/**
 * The encoding this server will use for a response it compresses itself, or null when the request
 * is left to Next. Page, feed and API responses are compressed here, after the security headers have
 * read the plain HTML, and the compressed bytes of a cached page are kept: Next would gzip the same
 * cached page again on every request (and the policy would have to unzip it). Build assets
 * (/_next/static) and RSC navigation payloads, which may stream, stay with Next's own compression.
 */
export function takeOverCompression(req: IncomingMessage): Encoding | null {
  if (req.method !== 'GET' && req.method !== 'HEAD') return null
  if (req.headers.rsc !== undefined || req.url?.startsWith('/_next/')) return null
  const accepted = String(req.headers['accept-encoding'] ?? '')
  const encoding = acceptsEncoding(accepted, 'br') ? 'br' : acceptsEncoding(accepted, 'gzip') ? 'gzip' : null
  // Next compresses only when the request asks for it: without the header it sends plain bytes.
  delete req.headers['accept-encoding']
  return encoding
}

function acceptsEncoding(header: string, name: Encoding): boolean {
  for (const part of header.toLowerCase().split(',')) {
    const [token, ...params] = part.trim().split(';')
    if (token !== name && token !== '*') continue
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
    return q === undefined || Number(q.slice(2)) > 0
  }
  return false
}

const COMPRESSIBLE =
  /^(?:text\/|application\/(?:json|xml|atom\+xml|rss\+xml|javascript|manifest\+json|opensearchdescription\+xml)|image\/svg\+xml)/i
/** Below this a compressed body saves less than its headers cost. */
const MIN_BYTES = 1024

export function isCompressible(contentType: string, length: number): boolean {
  return length >= MIN_BYTES && COMPRESSIBLE.test(contentType)
}

// Brotli at quality 5 is faster than gzip's default level and smaller; higher qualities cost
// ~100 ms a page, which a crawler walking cold pages would pay on every one.
function compress(body: Buffer, encoding: Encoding): Buffer {
  return encoding === 'br'
    ? zlib.brotliCompressSync(body, {
        params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length },
      })
    : zlib.gzipSync(body, { level: 6 })
}

/**
 * Compressed bodies of cached responses by ETag (Next's digest of the page): a hot page is
 * compressed once per encoding, not once per request. Derived bytes only, bounded, per instance.
 */
const byEtag = new Map<string, Buffer>()
let cachedBytes = 0
const CACHE_BYTES = 64 * 1024 * 1024

export function compressed(body: Buffer, encoding: Encoding, etag: string): Buffer {
  if (!etag) return compress(body, encoding)
  const key = `${encoding}:${body.length}:${etag}`
  const known = byEtag.get(key)
  if (known) {
    // Most recently used last, so the oldest is evicted first.
    byEtag.delete(key)
    byEtag.set(key, known)
    return known
  }
  const out = compress(body, encoding)
  byEtag.set(key, out)
  cachedBytes += out.length
  for (const [oldKey, old] of byEtag) {
    if (cachedBytes <= CACHE_BYTES) break
    byEtag.delete(oldKey)
    cachedBytes -= old.length
  }
  return out
}
