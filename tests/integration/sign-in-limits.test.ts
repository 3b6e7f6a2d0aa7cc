import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { hashPassword } from '@/lib/auth/password'
import { defaultRateLimits } from '@/lib/rate-limit/limits'
import { createUser } from '../factories/community'
import { closeDb, getDb, resetDatabase } from '../factories/db'

/**
 * Password guessing against every way in: Auth.js's own endpoints (csrf, then the credentials
 * callback), the check behind our form, and sign-in links, with the limits kept in Postgres.
 */
const SITE = 'https://askwell.example'
const PASSWORD = 'the-owners-long-password'
const saved = { SITE_URL: process.env.SITE_URL, AUTH_URL: process.env.AUTH_URL, MAIL_DIR: process.env.MAIL_DIR }
let mailDir = ''
let handlers: (typeof import('@/lib/auth/config'))['handlers']
let signInWithPassword: (typeof import('@/lib/auth/password-sign-in'))['signInWithPassword']
const { perUser: FREE, perIp: PER_ADDRESS } = defaultRateLimits.signIn

beforeAll(async () => {
  mailDir = await mkdtemp(path.join(os.tmpdir(), 'askwell-sign-in-mail-'))
  process.env.SITE_URL = SITE
  process.env.MAIL_DIR = mailDir
  delete process.env.AUTH_URL
  ;({ handlers } = await import('@/lib/auth/config'))
  ;({ signInWithPassword } = await import('@/lib/auth/password-sign-in'))
})

beforeEach(async () => {
  await resetDatabase()
  for (const file of await readdir(mailDir)) await rm(path.join(mailDir, file))
})

afterAll(async () => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k]
    else process.env[k] = v
  }
  await rm(mailDir, { recursive: true, force: true })
  await closeDb()
})

const owner = async () =>
  createUser({ email: 'owner@example.test', passwordHash: await hashPassword(PASSWORD), emailVerifiedAt: new Date() })

const cookiesOf = (response: Response) => response.headers.getSetCookie().map((line) => line.split(';')[0]!)
const hasSession = (response: Response) => cookiesOf(response).some((c) => /authjs\.session-token=./.test(c))

async function csrf(ip: string) {
  const { NextRequest } = await import('next/server')
  const response = await handlers.GET(new NextRequest(`${SITE}/api/auth/csrf`, { headers: { 'x-forwarded-for': ip } }))
  const { csrfToken } = (await response.json()) as { csrfToken: string }
  return { csrfToken, cookie: cookiesOf(response).join('; ') }
}

/** POST to one of Auth.js's endpoints as a script would: fetch a CSRF token, send it back with its cookie. */
async function post(endpoint: string, ip: string, fields: Record<string, string>) {
  const { NextRequest } = await import('next/server')
  const { csrfToken, cookie } = await csrf(ip)
  return handlers.POST(
    new NextRequest(`${SITE}/api/auth/${endpoint}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie, 'x-forwarded-for': ip },
      body: new URLSearchParams({ csrfToken, ...fields }),
    }),
  )
}

const guess = (ip: string, password: string, email = 'owner@example.test') =>
  post('callback/credentials', ip, { email, password })
/** What the sign-in page is told: `invalid` (the password was checked) or `rate_limited` (it was not). */
const codeOf = (response: Response) => new URL(response.headers.get('location') ?? '', SITE).searchParams.get('code')

/** How many tries a growing delay lets through in `seconds` after the free ones: 1 s, 2 s, 4 s… */
const triesAfterFree = (seconds: number) => Math.floor(Math.log2(seconds + 1)) + 1

describe('password guessing through Auth.js’s own endpoints', () => {
  it('200 guesses from one address: only the free ones are checked, and the right password as the 200th gets no session', async () => {
    await owner()
    const started = Date.now()
    const codes: (string | null)[] = []
    for (let i = 1; i < 200; i++) codes.push(codeOf(await guess('198.51.100.7', `wrong-guess-${i}`)))
    const last = await guess('198.51.100.7', PASSWORD)
    const elapsed = (Date.now() - started) / 1000
    expect(hasSession(last)).toBe(false)
    expect(codeOf(last)).toBe('rate_limited')
    const checked = codes.filter((c) => c === 'invalid').length
    expect(checked).toBeGreaterThanOrEqual(FREE)
    expect(checked).toBeLessThanOrEqual(Math.min(PER_ADDRESS, FREE + triesAfterFree(elapsed)))
    expect(codes.filter((c) => c === 'rate_limited')).toHaveLength(199 - checked)
  })

  it('50 simultaneous guesses from one address: exactly the free ones are checked', async () => {
    await owner()
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        signInWithPassword({ email: 'owner@example.test', password: `wrong-${i}` }, '198.51.100.8'),
      ),
    )
    expect(results.filter((r) => !r.ok && r.error.code === 'unauthenticated')).toHaveLength(FREE)
    expect(results.filter((r) => !r.ok && r.error.code === 'rate_limited')).toHaveLength(50 - FREE)
  })

  it('a right password signs in through the endpoint and clears that address’s wrong ones', async () => {
    await owner()
    for (let i = 0; i < FREE - 1; i++) expect(codeOf(await guess('192.0.2.10', `typo-${i}`))).toBe('invalid')
    expect(hasSession(await guess('192.0.2.10', PASSWORD))).toBe(true)
    const { rows } = await getDb().execute(sql`select 1 from sign_in_throttles where key like 'pair:%192.0.2.10'`)
    expect(rows).toHaveLength(0)
    for (let i = 0; i < FREE - 1; i++) expect(codeOf(await guess('192.0.2.10', `typo-again-${i}`))).toBe('invalid')
  })
})

describe('an attacker can neither guess nor lock the owner out', () => {
  it('1,000 guesses spread over 50 addresses are stopped; the owner still gets in where they signed in before, and with a link anywhere', async () => {
    await owner()
    expect((await signInWithPassword({ email: 'owner@example.test', password: PASSWORD }, '192.0.2.10')).ok).toBe(true)

    const started = Date.now()
    const addresses = Array.from({ length: 50 }, (_, i) => `198.51.100.${i + 1}`)
    const outcomes = await Promise.all(
      addresses.map(async (ip) => {
        const codes: string[] = []
        for (let i = 0; i < 20; i++) {
          const r = await signInWithPassword({ email: 'Owner@Example.test', password: `guess-${ip}-${i}` }, ip)
          codes.push(r.ok ? 'ok' : r.error.code)
        }
        return codes
      }),
    )
    const elapsed = (Date.now() - started) / 1000
    const codes = outcomes.flat()
    expect(codes).toHaveLength(1_000)
    expect(codes).not.toContain('ok')
    const checked = codes.filter((c) => c === 'unauthenticated').length
    expect(checked).toBeLessThanOrEqual(FREE + triesAfterFree(elapsed))
    // The right password, found by the attacker, from yet another address: still refused.
    expect(
      await signInWithPassword({ email: 'owner@example.test', password: PASSWORD }, '198.51.100.99'),
    ).toMatchObject({ ok: false, error: { code: 'rate_limited' } })

    // The owner, where they signed in before: straight in, through the endpoint too.
    expect((await signInWithPassword({ email: 'owner@example.test', password: PASSWORD }, '192.0.2.10')).ok).toBe(true)
    expect(hasSession(await guess('192.0.2.10', PASSWORD))).toBe(true)

    // On a fresh address the password waits, with a way out named...
    const fresh = await signInWithPassword({ email: 'owner@example.test', password: PASSWORD }, '203.0.113.50')
    expect(!fresh.ok && fresh.error.message).toMatch(/link by email/)
    // ...and a sign-in link from there arrives and signs them in.
    const asked = await post('signin/nodemailer', '203.0.113.50', {
      email: 'owner@example.test',
      callbackUrl: `${SITE}/`,
    })
    expect(asked.headers.get('location')).toContain('/verify-request')
    const [file] = await readdir(mailDir)
    // The .eml as sent: quoted-printable, so soft line breaks and "=3D" are undone first.
    const mail = (await readFile(path.join(mailDir, file!), 'utf8')).replace(/=\r?\n/g, '').replace(/=3D/g, '=')
    const link = /https:\/\/askwell\.example\/api\/auth\/callback\/nodemailer[^\s"<]+/.exec(mail)?.[0]
    expect(link).toBeTruthy()
    const { NextRequest } = await import('next/server')
    const landed = await handlers.GET(new NextRequest(link!, { headers: { 'x-forwarded-for': '203.0.113.50' } }))
    expect(hasSession(landed)).toBe(true)
  })

  it('keeps the counts in the database, for every app instance alike', async () => {
    await owner()
    for (let i = 0; i < 3; i++)
      await signInWithPassword({ email: 'owner@example.test', password: `wrong-${i}` }, '198.51.100.20')
    const { rows } = await getDb().execute<{ key: string; failures: number }>(
      sql`select key, failures from sign_in_throttles order by key`,
    )
    expect(rows).toEqual([
      { key: 'account:owner@example.test', failures: 3 },
      { key: 'pair:owner@example.test|198.51.100.20', failures: 3 },
    ])
  })

  it('limits sign-in links per account, through Auth.js’s endpoint as well', async () => {
    await createUser({ email: 'links@example.test', emailVerifiedAt: new Date() })
    const locations: string[] = []
    for (let i = 0; i < 8; i++)
      locations.push(
        (
          await post('signin/nodemailer', `203.0.113.${i + 1}`, {
            email: 'links@example.test',
            callbackUrl: `${SITE}/`,
          })
        ).headers.get('location') ?? '',
      )
    expect(locations.filter((l) => l.includes('/verify-request'))).toHaveLength(defaultRateLimits.signInLink.perUser)
    expect(locations.filter((l) => l.includes('code=rate_limited'))).toHaveLength(
      8 - defaultRateLimits.signInLink.perUser,
    )
  })
})
