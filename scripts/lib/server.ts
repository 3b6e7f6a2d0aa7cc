import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import next from 'next'
import { databaseReachable } from '../../db/client'
import { normalizeForwardingHeaders, trustedHops } from '../../lib/net/client-address'
import { takeOverCompression } from './compress'
import { applySecurityHeaders, baseSecurityHeaders, oauthFormActions } from './security-headers'
import { withRequestContext } from './request-context'
import { RETRY_AFTER_SECONDS, unavailablePageHtml } from './unavailable-page'

type Write = ServerResponse['write']
type End = ServerResponse['end']

/**
 * Two corrections to Next's responses for page requests (GET/HEAD), made in one place:
 * - a permanent redirect answers 301, the status search engines and Question2Answer migrations
 *   expect, instead of Next's 308 (and with one Location header, not two);
 * - a 404 from notFound() in a page is re-rendered through Next's not-found route, because Next
 *   16 serves it as an empty HTML shell whose content only appears with JavaScript
 *   (vercel/next.js#62228); unmatched URLs, which take that route, render complete HTML;
 * - a 500 while the database cannot be reached (a page that was never rendered, so the cache has no
 *   copy of it) answers 503 with Retry-After and a plain page saying so; any other 500 passes as it is.
 */
function correctPageResponse(
  req: IncomingMessage,
  res: ServerResponse,
  renderNotFound: () => Promise<void>,
  sendUnavailable: () => void,
): void {
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse
  const write = res.write.bind(res) as (...args: unknown[]) => boolean
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse
  let replacing: boolean | null = null
  let failed: boolean | null = null
  const held: { head: unknown[] | null; writes: unknown[][] } = { head: null, writes: [] }

  const decide = (status: number): boolean => {
    if (replacing !== null) return replacing
    const type = String(res.getHeader('content-type') ?? '')
    const wantsHtml = type ? type.includes('text/html') : String(req.headers.accept ?? '').includes('text/html')
    replacing = status === 404 && wantsHtml && req.headers.rsc === undefined
    return replacing
  }
  const isFailure = (status: number): boolean => (failed ??= status === 500)
  const restore = () => {
    res.writeHead = writeHead
    res.write = write as Write
    res.end = end as End
  }

  res.writeHead = (statusCode: number, ...rest: unknown[]) => {
    if (isFailure(statusCode)) {
      held.head = [statusCode, ...rest]
      return res
    }
    if (decide(statusCode)) return res
    if (statusCode === 308) {
      const location = res.getHeader('location')
      if (Array.isArray(location)) res.setHeader('location', location[0]!)
      return writeHead(301, ...rest)
    }
    return writeHead(statusCode, ...rest)
  }

  res.write = ((...args: unknown[]) => {
    if (isFailure(res.statusCode)) {
      held.writes.push(args)
      return true
    }
    if (decide(res.statusCode)) return true
    return write(...args)
  }) as Write

  res.end = ((...args: unknown[]) => {
    if (isFailure(res.statusCode)) {
      restore()
      void databaseReachable().then((reachable) => {
        if (!reachable) {
          for (const name of res.getHeaderNames()) res.removeHeader(name)
          return sendUnavailable()
        }
        if (held.head) writeHead(...held.head)
        for (const w of held.writes) write(...w)
        end(...args)
      })
      return res
    }
    if (!decide(res.statusCode)) return end(...args)
    restore()
    for (const name of res.getHeaderNames()) res.removeHeader(name)
    void renderNotFound()
    return res
  }) as End
}

function sendUnavailablePage(req: IncomingMessage, res: ServerResponse): void {
  const wantsHtml = String(req.headers.accept ?? '').includes('text/html') && req.headers.rsc === undefined
  res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS))
  res.setHeader('Cache-Control', 'no-store')
  res.setHeader('Content-Type', wantsHtml ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8')
  res.writeHead(503)
  res.end(
    req.method === 'HEAD'
      ? undefined
      : wantsHtml
        ? unavailablePageHtml(process.env.SITE_NAME || 'Askwell')
        : 'The database cannot be reached right now; try again shortly.\n',
  )
}

/**
 * Whether every %-escape in the request's path decodes. Next's router decodes the path itself and,
 * on a malformed escape (`/%E0`, `/%ff%fe/x`), fails with a 500 and logs nothing: such requests are
 * answered here instead, as the client's mistake.
 */
function hasWellFormedPath(url: string | undefined): boolean {
  const path = (url ?? '/').split('?')[0]!
  if (!path.includes('%')) return true
  try {
    decodeURIComponent(path)
    return true
  } catch {
    return false
  }
}

function refuseMalformedPath(req: IncomingMessage, res: ServerResponse): void {
  res.statusCode = 400
  res.setHeader('Content-Type', 'text/plain; charset=utf-8')
  res.setHeader('Cache-Control', 'no-store')
  res.end(req.method === 'HEAD' ? undefined : 'Bad request: this address has a malformed %-escape.\n')
}

export type RunningServer = { url: string; close: () => Promise<void> }

/** Serves the Next app (production build, or the dev server) on `port`. */
export async function startNextServer(opts: {
  dev: boolean
  port: number
  hostname?: string
  dir?: string
}): Promise<RunningServer> {
  // Behind TRUST_PROXY=N trusted proxies the client is the address the outermost one added to
  // X-Forwarded-For; otherwise the socket's peer. The app reads exactly one checked address.
  const hops = trustedHops(process.env.TRUST_PROXY)
  const hostname = opts.hostname ?? 'localhost'
  const app = next({ dev: opts.dev, dir: opts.dir ?? process.cwd(), hostname, port: opts.port, turbopack: opts.dev })
  const handle = app.getRequestHandler()
  await app.prepare()
  const security = {
    siteUrl: process.env.SITE_URL ?? `http://${hostname}:${opts.port}`,
    formActions: oauthFormActions(process.env),
  }
  const securityBase = Object.entries(baseSecurityHeaders(security)).filter(
    ([name]) => !opts.dev || name !== 'Content-Security-Policy',
  )
  const server = createServer((req, res) => {
    normalizeForwardingHeaders(req, hops)
    // Security headers on every response. The policy's script hashes need the production HTML, and
    // the dev server's React evaluates code, which the policy forbids: no policy in development.
    if (opts.dev) for (const [name, value] of securityBase) res.setHeader(name, value)
    // The dev server's compression does not survive the 404 re-render below (the page never ends); locally nothing needs it.
    if (opts.dev) delete req.headers['accept-encoding']
    else applySecurityHeaders(req, res, security, takeOverCompression(req))
    if (!hasWellFormedPath(req.url)) return refuseMalformedPath(req, res)
    // The re-render starts from a clean response: the security headers again first.
    const resetHeaders = () => {
      for (const [name, value] of securityBase) res.setHeader(name, value)
    }
    if (req.method === 'GET' || req.method === 'HEAD')
      correctPageResponse(
        req,
        res,
        () => {
          resetHeaders()
          return app.render404(req, res)
        },
        () => {
          resetHeaders()
          sendUnavailablePage(req, res)
        },
      )
    void withRequestContext(res, () => handle(req, res))
  })
  server.keepAliveTimeout = 65_000
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(opts.port, () => resolve())
  })
  return {
    url: `http://${hostname}:${opts.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeIdleConnections()
        setTimeout(() => server.closeAllConnections(), 2000).unref()
      }).then(() => app.close?.()),
  }
}
