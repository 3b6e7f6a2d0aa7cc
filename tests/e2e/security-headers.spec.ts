import { expect, test } from './fixtures'

const baseHeaders = {
  'referrer-policy': 'strict-origin-when-cross-origin',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
}

test('every kind of response carries the security headers and a policy without eval or foreign scripts', async ({
  request,
  paths,
}) => {
  const routes = [
    paths.thread,
    '/',
    '/questions',
    paths.category,
    paths.tag,
    paths.profile,
    '/search?q=sleep',
    '/sign-in',
    '/sign-up',
    '/api/viewer',
    '/api/auth/session',
    '/api/similar?q=therapist',
    '/feeds/questions.atom',
    '/sitemap.xml',
    '/robots.txt',
    '/opensearch.xml',
    '/no-such-page',
    '/999999999/missing',
  ]
  for (const route of routes) {
    const response = await request.get(route, { maxRedirects: 0 })
    const headers = response.headers()
    for (const [name, value] of Object.entries(baseHeaders)) expect(headers[name], `${name} on ${route}`).toBe(value)
    expect(headers['permissions-policy'], route).toContain('camera=()')
    const policy = headers['content-security-policy']
    expect(policy, `CSP on ${route}`).toBeTruthy()
    for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"])
      expect(policy, route).toContain(directive)
    expect(policy, route).not.toContain('unsafe-eval')
    expect(policy, route).not.toMatch(/script-src[^;]*(unsafe-inline|\*|https:)/)
    // Served over http here: HSTS belongs to https sites only.
    expect(headers['strict-transport-security'], route).toBeUndefined()
  }
})

test('a HEAD request gets the same policy as the GET, with the page’s script hashes, on static and dynamic pages', async ({
  request,
  paths,
}) => {
  for (const route of [paths.thread, '/', '/sign-in', '/search?q=sleep']) {
    const get = await request.get(route)
    const head = await request.head(route)
    expect(head.status(), route).toBe(200)
    expect(head.headers()['content-security-policy'], route).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/)
    // A page rendered per request carries per-render scripts, so only a cached page's hashes match exactly.
    if (get.headers()['x-nextjs-cache'] === 'HIT' && head.headers()['x-nextjs-cache'] === 'HIT')
      expect(head.headers()['content-security-policy'], route).toBe(get.headers()['content-security-policy'])
  }
})

test('a cached thread page runs its own scripts under the policy, and nothing injected', async ({
  page,
  paths,
  request,
}) => {
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/.test(message.text())) violations.push(message.text())
  })
  await request.get(paths.thread)
  const response = await page.goto(paths.thread)
  expect(response!.headers()['x-nextjs-cache']).toBe('HIT')
  expect(response!.headers()['content-security-policy']).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/)
  // Hydrated: the answer sort (a client island) works.
  const sort = page.getByRole('group', { name: 'Sort answers by' })
  await sort.getByRole('button', { name: 'Oldest' }).click()
  await expect(sort.getByRole('button', { name: 'Oldest' })).toHaveAttribute('aria-pressed', 'true')
  expect(violations).toEqual([])

  // What an injection would try: an inline script, a script from another host. (eval cannot be
  // tried from here: DevTools evaluation is exempt from the page's policy; the header test checks
  // the policy has no 'unsafe-eval'.)
  const outcome = await page.evaluate(async () => {
    const inline = document.createElement('script')
    inline.textContent = 'window.__injected = true'
    document.body.append(inline)
    const foreign = document.createElement('script')
    foreign.src = 'https://evil.example/x.js'
    const loaded = await new Promise<string>((resolve) => {
      foreign.onload = () => resolve('loaded')
      foreign.onerror = () => resolve('blocked')
      document.body.append(foreign)
      setTimeout(() => resolve('blocked'), 2_000)
    })
    return { inline: (window as unknown as { __injected?: boolean }).__injected ?? false, loaded }
  })
  expect(outcome).toEqual({ inline: false, loaded: 'blocked' })
  expect(violations.length).toBeGreaterThan(0)
})
