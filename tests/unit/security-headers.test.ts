import { createHash } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import { gzipSync } from 'node:zlib'
import { afterEach, describe, expect, it } from 'vitest'
import { compressed, takeOverCompression } from '../../scripts/lib/compress'
import { applySecurityHeaders, contentSecurityPolicy, nextInlineScriptHashes } from '../../scripts/lib/security-headers'

const sha = (s: string) => createHash('sha256').update(s, 'utf8').digest('base64')
const start = '(self.__next_f=self.__next_f||[]).push([0])'
const push = 'self.__next_f.push([1,"0:{\\"P\\":null}\\n\\u003cb\\u003e"])'

const turbopack =
  '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/310vm2bl3xxpt.js"],"runtimeModuleIds":[94553]});'

const page = `<!DOCTYPE html><html><head><script src="/_next/static/chunks/a.js" async=""></script></head><body>
<script type="application/ld+json">{"@type":"QAPage"}</script>
<script id="_R_">${turbopack}</script><script>${start}</script><script>${push}</script>
<script>(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["https://evil.example/x.js"]});</script>
<script>(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[],"code":"alert(1)"});</script>
<script>alert(document.cookie)</script>
<script>self.__next_f.push([1,"x"]);alert(1)</script>
<script>self.__next_f.push([1,"</b><img src=x onerror=alert(1)>"])</script>
</body></html>`

describe('Content-Security-Policy for static pages', () => {
  it("hashes exactly Next's own inline scripts, never an injected one or a data block", () => {
    expect(nextInlineScriptHashes(page).sort()).toEqual([sha(start), sha(push), sha(turbopack)].sort())
  })

  it('forbids eval, plugins, <base>, framing and other hosts’ scripts', () => {
    const policy = contentSecurityPolicy([sha(start)], { siteUrl: 'https://ask.example' })
    expect(policy).toContain(`script-src 'self' 'sha256-${sha(start)}'`)
    for (const directive of [
      "object-src 'none'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
      'upgrade-insecure-requests',
    ])
      expect(policy).toContain(directive)
    expect(policy).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/)
    expect(contentSecurityPolicy([], { siteUrl: 'http://localhost:3000' })).not.toContain('upgrade-insecure-requests')
  })
})

describe('applySecurityHeaders on a real HTTP response', () => {
  let server: Server | null = null
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())))

  async function serve(
    handler: (res: import('node:http').ServerResponse, req: import('node:http').IncomingMessage) => void,
    siteUrl = 'https://ask.example',
    compress = false,
  ) {
    server = createServer((req, res) => {
      applySecurityHeaders(req, res, { siteUrl }, compress ? takeOverCompression(req) : null)
      handler(res, req)
    })
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as import('node:net').AddressInfo
    return `http://127.0.0.1:${port}/`
  }

  it('lists the hashes of a streamed, gzipped HTML page and passes its bytes through unchanged', async () => {
    const zipped = gzipSync(page)
    const url = await serve((res) => {
      res.setHeader('content-type', 'text/html; charset=utf-8')
      res.setHeader('content-encoding', 'gzip')
      res.write(zipped.subarray(0, 100))
      res.end(zipped.subarray(100))
    })
    const response = await fetch(url)
    expect(await response.text()).toBe(page)
    const policy = response.headers.get('content-security-policy')!
    expect(policy).toContain(`'sha256-${sha(start)}'`)
    expect(policy).toContain(`'sha256-${sha(push)}'`)
    expect(policy).not.toContain(sha('alert(document.cookie)'))
    expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d+/)
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('permissions-policy')).toContain('camera=()')
  })

  it('answers HEAD with the same policy as GET, script hashes included, and no body', async () => {
    // Like Next: the page is written for a GET, nothing is written for a HEAD.
    const url = await serve((res, req) => {
      res.setHeader('content-type', 'text/html; charset=utf-8')
      res.end(req.method === 'HEAD' ? undefined : page)
    })
    const get = await fetch(url)
    await get.text()
    const head = await fetch(url, { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(await head.text()).toBe('')
    expect(head.headers.get('content-security-policy')).toContain(`'sha256-${sha(push)}'`)
    expect(head.headers.get('content-security-policy')).toBe(get.headers.get('content-security-policy'))
  })

  it('gives JSON the strict policy without buffering it, and a 304 no policy at all', async () => {
    const url = await serve((res) => {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end('{"ok":true}')
    }, 'http://localhost:3000')
    const json = await fetch(url)
    expect(await json.json()).toEqual({ ok: true })
    expect(json.headers.get('content-security-policy')).toContain("script-src 'self';")
    expect(json.headers.get('strict-transport-security')).toBeNull()
    server!.close()
    const notModified = await serve((res) => {
      res.setHeader('content-type', 'text/html')
      res.writeHead(304)
      res.end()
    })
    const cached = await fetch(notModified)
    expect(cached.status).toBe(304)
    expect(cached.headers.get('content-security-policy')).toBeNull()
    expect(cached.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('compresses a plain page itself after reading its scripts, once per ETag, in the encoding the client prefers', async () => {
    let renders = 0
    const thread = page.replace('</body>', `${'<p>An answer that helped.</p>'.repeat(100)}</body>`)
    const url = await serve(
      (res) => {
        renders++
        res.writeHead(200, {
          'content-type': 'text/html; charset=utf-8',
          etag: '"page-v1"',
          'content-length': Buffer.byteLength(thread),
        })
        res.end(thread)
      },
      'https://ask.example',
      true,
    )
    for (const [accept, encoding] of [
      ['gzip, deflate, br', 'br'],
      ['gzip', 'gzip'],
      ['br;q=0, gzip', 'gzip'],
      ['identity', null],
    ] as const) {
      const response = await fetch(url, { headers: { 'accept-encoding': accept } })
      expect(response.headers.get('content-encoding'), accept).toBe(encoding)
      // fetch undoes the encoding: the bytes a browser reads are the page's.
      expect(await response.text()).toBe(thread)
      expect(response.headers.get('content-security-policy')).toContain(`'sha256-${sha(push)}'`)
      if (encoding) expect(response.headers.get('vary')).toMatch(/accept-encoding/i)
    }
    expect(renders).toBe(4)
    // The same page under the same ETag is compressed once and its bytes reused.
    const body = Buffer.from(thread)
    expect(compressed(body, 'br', '"page-v2"')).toBe(compressed(body, 'br', '"page-v2"'))
    expect(compressed(body, 'br', '')).not.toBe(compressed(body, 'br', ''))
  })

  it('compresses feeds and JSON but not images, small bodies or bodies already encoded', async () => {
    const feed = `<?xml version="1.0"?><feed>${'<entry><title>A question</title></entry>'.repeat(100)}</feed>`
    const bodies: Record<string, [string, string | Buffer, Record<string, string>?]> = {
      '/feed': ['application/atom+xml; charset=utf-8', feed],
      '/small': ['application/json', '{"ok":true}'],
      '/image': ['image/png', Buffer.alloc(4096, 7)],
      '/zipped': [
        'application/json',
        gzipSync(JSON.stringify({ list: Array(500).fill('x') })),
        { 'content-encoding': 'gzip' },
      ],
    }
    server = createServer((req, res) => {
      applySecurityHeaders(req, res, { siteUrl: 'https://ask.example' }, takeOverCompression(req))
      const [type, body, extra] = bodies[req.url!]!
      res.writeHead(200, { 'content-type': type, ...extra })
      res.end(body)
    })
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve))
    const base = `http://127.0.0.1:${(server.address() as import('node:net').AddressInfo).port}`
    const encodingOf = async (path: string) =>
      (await fetch(base + path, { headers: { 'accept-encoding': 'br, gzip' } })).headers.get('content-encoding')
    expect(await encodingOf('/feed')).toBe('br')
    expect(await (await fetch(base + '/feed', { headers: { 'accept-encoding': 'gzip' } })).text()).toBe(feed)
    expect(await encodingOf('/small')).toBeNull()
    expect(await encodingOf('/image')).toBeNull()
    expect(await encodingOf('/zipped')).toBe('gzip')
  })
})
