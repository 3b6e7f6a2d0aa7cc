import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hashPassword } from '@/lib/auth/password'
import { createUser } from '../factories/community'
import { closeDb, resetDatabase } from '../factories/db'

/**
 * Auth.js's own route handlers, with the site configured at an https address (as in production):
 * the session cookie must come out Secure, HttpOnly and SameSite=Lax, and a forged Host or
 * X-Forwarded-Host must not move sign-in links off the site.
 */
const SITE = 'https://askwell.example'
const saved = { SITE_URL: process.env.SITE_URL, AUTH_URL: process.env.AUTH_URL, AUTH_SECRET: process.env.AUTH_SECRET }
let handlers: (typeof import('@/lib/auth/config'))['handlers']

beforeAll(async () => {
  process.env.SITE_URL = SITE
  delete process.env.AUTH_URL
  process.env.AUTH_SECRET = 'integration-auth-secret-0123456789abcdef'
  ;({ handlers } = await import('@/lib/auth/config'))
  await resetDatabase()
})

afterAll(async () => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k]
    else process.env[k] = v
  }
  await closeDb()
})

type SetCookie = { name: string; value: string; attributes: Set<string>; sameSite: string | undefined }
const setCookies = (response: Response): SetCookie[] =>
  response.headers.getSetCookie().map((line) => {
    const [pair, ...attrs] = line.split(';').map((s) => s.trim())
    const [name, ...value] = pair!.split('=')
    const sameSite = attrs.find((a) => /^samesite=/i.test(a))?.split('=')[1]
    return {
      name: name!,
      value: value.join('='),
      attributes: new Set(attrs.map((a) => a.split('=')[0]!.toLowerCase())),
      sameSite,
    }
  })

async function csrf(headers: Record<string, string> = {}) {
  const { NextRequest } = await import('next/server')
  const response = await handlers.GET(new NextRequest(`${SITE}/api/auth/csrf`, { headers }))
  const { csrfToken } = (await response.json()) as { csrfToken: string }
  const cookie = setCookies(response)
    .map((c) => `${c.name}=${c.value}`)
    .join('; ')
  return { csrfToken, cookie }
}

/** A password sign-in through Auth.js's credentials callback, with the CSRF cookie it needs. */
async function signIn(
  password: string,
  headers: Record<string, string> = {},
  url = `${SITE}/api/auth/callback/credentials`,
) {
  const { NextRequest } = await import('next/server')
  const { csrfToken, cookie } = await csrf(headers)
  return handlers.POST(
    new NextRequest(url, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded', cookie },
      body: new URLSearchParams({ csrfToken, email: 'secure@example.test', password }),
    }),
  )
}

describe('sessions under https', () => {
  it('sets a __Secure- session cookie that is Secure, HttpOnly and SameSite=Lax', async () => {
    await createUser({
      email: 'secure@example.test',
      passwordHash: await hashPassword('a-long-password-1'),
      emailVerifiedAt: new Date(),
    })
    const response = await signIn('a-long-password-1')
    expect(response.status).toBe(302)
    const session = setCookies(response).find((c) => c.name.endsWith('authjs.session-token'))
    expect(session?.name).toBe('__Secure-authjs.session-token')
    expect(session?.attributes.has('secure')).toBe(true)
    expect(session?.attributes.has('httponly')).toBe(true)
    expect(session?.sameSite?.toLowerCase()).toBe('lax')
  })

  it('refuses a wrong password without setting a session', async () => {
    const response = await signIn('not-the-password')
    expect(setCookies(response).some((c) => c.name.endsWith('authjs.session-token'))).toBe(false)
  })

  it('keeps redirects and links on the configured site when the request names another host', async () => {
    const forged = { host: 'evil.example', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'http' }
    const response = await signIn('a-long-password-1', forged, 'http://evil.example/api/auth/callback/credentials')
    expect(new URL(response.headers.get('location') ?? '', 'http://unknown.invalid').origin).toBe(SITE)
    expect(
      setCookies(response)
        .find((c) => c.name.endsWith('authjs.session-token'))
        ?.attributes.has('secure'),
    ).toBe(true)
  })
})
