import { createHash } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import zlib from 'node:zlib'
import { compressed, isCompressible, type Encoding } from './compress'

type Write = ServerResponse['write']
type End = ServerResponse['end']

export type SecurityOptions = { siteUrl: string; formActions?: string[] }

/** Headers every response carries, whatever it is. */
export function baseSecurityHeaders(opts: SecurityOptions): Record<string, string> {
  const headers: Record<string, string> = {
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Content-Type-Options': 'nosniff',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
    'X-Frame-Options': 'DENY',
    'Content-Security-Policy': contentSecurityPolicy([], opts),
  }
  if (opts.siteUrl.startsWith('https://')) headers['Strict-Transport-Security'] = 'max-age=63072000; includeSubDomains'
  return headers
}

/**
 * The policy: scripts only from this origin plus the exact inline scripts listed by hash; no eval,
 * no plugins, no <base>, no framing. Styles may be inline (React writes style attributes);
 * images may come from any https host (markdown images); forms post here (and to the OAuth
 * providers a sign-in form redirects to).
 */
export function contentSecurityPolicy(scriptHashes: string[], opts: SecurityOptions): string {
  const https = opts.siteUrl.startsWith('https://')
  return [
    "default-src 'self'",
    ['script-src', "'self'", ...scriptHashes.map((h) => `'sha256-${h}'`)].join(' '),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    ['form-action', "'self'", ...(opts.formActions ?? [])].join(' '),
    ...(https ? ['upgrade-insecure-requests'] : []),
  ].join('; ')
}

/**
 * Next's own inline scripts have three shapes only: the flight buffer's start, a push of one JSON
 * string into it (the page's RSC payload, with every "<" escaped), and Turbopack's bootstrap, which
 * lists the build's own chunk files to load. Anything else, such as a script an attacker managed to
 * slip into the HTML, is not hashed, so the browser refuses to run it.
 */
const FLIGHT_START = '(self.__next_f=self.__next_f||[]).push([0])'
const FLIGHT_PUSH = 'self.__next_f.push('
const TURBOPACK_SCRIPT =
  /^\(globalThis\["TURBOPACK"\] \|\| \(globalThis\["TURBOPACK"\] = \[\]\)\)\.push\((\{[^<]*\})\);?$/

/** `self.__next_f.push([n,"…"])` with exactly a number and one JSON string (no raw "<"), checked by the JSON parser. */
function isFlightPush(body: string): boolean {
  if (!body.startsWith(FLIGHT_PUSH) || !body.endsWith(')') || body.includes('<')) return false
  try {
    const args = JSON.parse(body.slice(FLIGHT_PUSH.length, -1)) as unknown
    return Array.isArray(args) && args.length === 2 && Number.isInteger(args[0]) && typeof args[1] === 'string'
  } catch {
    return false
  }
}

function isTurbopackBootstrap(body: string): boolean {
  const json = TURBOPACK_SCRIPT.exec(body)?.[1]
  if (!json) return false
  try {
    const value = JSON.parse(json) as Record<string, unknown>
    return Object.entries(value).every(([key, v]) =>
      key === 'otherChunks'
        ? Array.isArray(v) && v.every((c) => typeof c === 'string' && /^static\/chunks\/[\w.-]+\.(?:js|css)$/.test(c))
        : key === 'runtimeModuleIds'
          ? Array.isArray(v) && v.every((id) => Number.isInteger(id))
          : false,
    )
  } catch {
    return false
  }
}

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi

export function nextInlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>()
  for (const [, attributes, body] of html.matchAll(SCRIPT)) {
    if (/\bsrc\s*=/i.test(attributes!) || /\btype\s*=\s*"application\/ld\+json"/i.test(attributes!)) continue
    if (body === FLIGHT_START || isFlightPush(body!) || isTurbopackBootstrap(body!))
      hashes.add(createHash('sha256').update(body!, 'utf8').digest('base64'))
  }
  return [...hashes]
}

function decode(body: Buffer, encoding: string): string | null {
  try {
    if (!encoding || encoding === 'identity') return body.toString('utf8')
    if (encoding === 'gzip') return zlib.gunzipSync(body).toString('utf8')
    if (encoding === 'br') return zlib.brotliDecompressSync(body).toString('utf8')
    if (encoding === 'deflate') return zlib.inflateSync(body).toString('utf8')
  } catch {
    return null
  }
  return null
}

/**
 * Sets the security headers on `res` and, for an HTML response, holds its body until the end to
 * list the hashes of Next's inline scripts in its Content-Security-Policy. The HTML stays the same
 * static (cached) page for every reader; its policy is derived from it, so a CDN caching both keeps
 * them consistent. A 304 carries no policy: the browser keeps the one stored with its copy.
 * With `compressWith` (this server compresses instead of Next, see compress.ts), an HTML or other text
 * response is held too and sent compressed.
 *
 * A HEAD request is handed on as a GET: its answer must carry the policy the GET's does, which
 * only the page's body can give, and Node itself drops the body of any response to a HEAD.
 */
export function applySecurityHeaders(
  req: IncomingMessage,
  res: ServerResponse,
  opts: SecurityOptions,
  compressWith: Encoding | null = null,
): void {
  if (req.method === 'HEAD') req.method = 'GET'
  for (const [name, value] of Object.entries(baseSecurityHeaders(opts))) res.setHeader(name, value)
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse
  const write = res.write.bind(res) as (...args: unknown[]) => boolean
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse
  let mode: 'html' | 'text' | 'pass' | null = null
  let preEncoded = false
  let heldHead: unknown[] | null = null
  const chunks: Buffer[] = []

  const decide = (head?: unknown[]): 'html' | 'text' | 'pass' => {
    if (mode) return mode
    const fromHead = headersIn(head)
    const header = res.getHeader('content-type') ?? fromHead?.['content-type'] ?? fromHead?.['Content-Type']
    const type = typeof header === 'string' ? header : ''
    preEncoded =
      res.hasHeader('content-encoding') || Object.keys(fromHead ?? {}).some((name) => /^content-encoding$/i.test(name))
    mode =
      res.statusCode === 304
        ? 'pass'
        : type.includes('text/html')
          ? 'html'
          : compressWith && !preEncoded && isCompressible(type, Infinity)
            ? 'text'
            : 'pass'
    return mode
  }
  const restore = () => {
    res.writeHead = writeHead
    res.write = write as Write
    res.end = end as End
  }

  res.writeHead = (statusCode: number, ...rest: unknown[]) => {
    if (statusCode === 304) res.removeHeader('content-security-policy')
    res.statusCode = statusCode
    if (decide(rest) === 'pass') return writeHead(statusCode, ...rest)
    heldHead = [statusCode, ...rest]
    return res
  }

  res.write = ((chunk: unknown, encoding?: unknown, cb?: unknown) => {
    if (decide() === 'pass') return write(chunk, encoding, cb)
    if (chunk != null)
      chunks.push(
        Buffer.isBuffer(chunk)
          ? chunk
          : Buffer.from(chunk as string, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8'),
      )
    const callback = typeof encoding === 'function' ? encoding : cb
    if (typeof callback === 'function') process.nextTick(callback)
    return true
  }) as Write

  res.end = ((chunk?: unknown, encoding?: unknown, cb?: unknown) => {
    if (decide() === 'pass') {
      restore()
      return end(chunk, encoding, cb)
    }
    if (chunk != null && typeof chunk !== 'function')
      chunks.push(
        Buffer.isBuffer(chunk)
          ? chunk
          : Buffer.from(chunk as string, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8'),
      )
    const callback = [chunk, encoding, cb].find((x) => typeof x === 'function') as (() => void) | undefined
    let body: Buffer = Buffer.concat(chunks)
    const etag = headerText(res.getHeader('etag') ?? headersIn(heldHead ?? undefined)?.etag)
    if (mode === 'html')
      res.setHeader(
        'Content-Security-Policy',
        policyFor(body, String(res.getHeader('content-encoding') ?? ''), etag, opts),
      )
    if (
      compressWith &&
      !preEncoded &&
      body.length > 0 &&
      isCompressible(
        mode === 'html'
          ? 'text/html'
          : headerText(res.getHeader('content-type') ?? headersIn(heldHead ?? undefined)?.['content-type']),
        body.length,
      )
    ) {
      body = compressed(body, compressWith, etag)
      res.setHeader('Content-Encoding', compressWith)
      res.setHeader('Content-Length', body.length)
      const vary = String(res.getHeader('vary') ?? '')
      if (!/accept-encoding/i.test(vary)) res.setHeader('Vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding')
      const head = headersIn(heldHead ?? undefined)
      if (head) for (const name of Object.keys(head)) if (/^content-length$/i.test(name)) delete head[name]
    }
    restore()
    if (heldHead) writeHead(...heldHead)
    return end(body, callback)
  }) as End
}

/** A header's value as text ('' when absent or not a single value). */
const headerText = (value: unknown): string =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : ''

/** The headers object of a writeHead(status, [message], [headers]) call, if it has one. */
function headersIn(head: unknown[] | undefined): Record<string, unknown> | undefined {
  return head?.find((h): h is Record<string, unknown> => typeof h === 'object' && h !== null && !Array.isArray(h))
}

/**
 * The policy for one HTML body, remembered by its digest (Next's ETag, or our own): a cached page is the same bytes
 * for every reader, so its scripts are parsed once, not on every request. (Derived data only: each
 * server instance fills its own.)
 */
const policies = new Map<string, string>()
function policyFor(body: Buffer, encoding: string, etag: string, opts: SecurityOptions): string {
  // Next's ETag is already a digest of the page; hash the bytes only when there is none.
  const key = `${encoding}:${body.length}:${etag || createHash('sha256').update(body).digest('base64')}`
  const known = policies.get(key)
  if (known) return known
  const html = decode(body, encoding)
  const policy = contentSecurityPolicy(html ? nextInlineScriptHashes(html) : [], opts)
  if (policies.size >= 5_000) policies.delete(policies.keys().next().value!)
  policies.set(key, policy)
  return policy
}

/** The origins a sign-in form may redirect to: the OAuth providers that are configured. */
export function oauthFormActions(env: NodeJS.ProcessEnv): string[] {
  return [
    ...(env.AUTH_GITHUB_ID ? ['https://github.com'] : []),
    ...(env.AUTH_GOOGLE_ID ? ['https://accounts.google.com'] : []),
  ]
}
