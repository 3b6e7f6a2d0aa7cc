import { expect, test, type APIRequestContext, type Browser, type Locator, type Page } from '@playwright/test'
import { siteUrl } from './fixtures'
import { answersOn, createOwnQuestion, withDb } from './support/db'
import { parseSetCookies, readFormPost, submitFormPost, type FormPost } from './support/form-post'
import { createMember, linkIn, signInWithPassword, waitForMail } from './support/members'

/** Another site: never this one, and no server answers for it (the browser test fakes its page). */
const FOREIGN_ORIGIN = 'http://evil.example'

const unique = () => `${Date.now()}-${Math.floor(Math.random() * 1e6)}`

type ViewerInfo = { viewer: { id: number } | null }

/**
 * A fresh question of this spec's own, with its thread's cache entry expired: Next's data cache
 * (.next-test/cache/fetch-cache) outlives the throwaway database between runs, so a new question
 * can get an id whose thread, under another title and slug, is still cached from the last run.
 */
async function ownQuestion(request: APIRequestContext, title: string): Promise<{ id: number; path: string }> {
  const q = await createOwnQuestion(title)
  const secret = process.env.REVALIDATE_SECRET
  if (!secret) throw new Error('REVALIDATE_SECRET is not set: run the end-to-end tests with `npm test -- --e2e`.')
  const response = await request.post('/api/revalidate', {
    data: { tags: [`question:${q.id}`] },
    headers: { 'x-revalidate-secret': secret },
  })
  expect(response.status(), 'expire the new question in the data cache').toBe(200)
  return q
}

/** A form of `path` as the server renders it for a browser without JavaScript (the attacker's copy). */
async function formWithoutScript(
  browser: Browser,
  path: string,
  find: (page: Page) => { form: Locator; submitter?: Locator },
): Promise<FormPost> {
  const context = await browser.newContext({ javaScriptEnabled: false })
  try {
    const page = await context.newPage()
    const response = await page.goto(path)
    expect(response?.status(), `GET ${path}`).toBe(200)
    const { form, submitter } = find(page)
    const post = await readFormPost(form, submitter)
    // The no-JavaScript form names its server action in hidden fields: that is what a forger copies.
    expect(
      post.fields.map(([name]) => name).some((name) => name.startsWith('$ACTION_')),
      `server-action fields in ${JSON.stringify(post.fields)}`,
    ).toBe(true)
    return post
  } finally {
    await context.close()
  }
}

const votesOn = (postId: number) =>
  withDb(
    async (db) =>
      (
        await db.query<{ user_id: number; value: number }>(
          'select user_id, value from votes where post_id = $1 order by user_id',
          [postId],
        )
      ).rows,
  )

const questionScore = (id: number) =>
  withDb(
    async (db) => (await db.query<{ score: number }>('select score from questions where id = $1', [id])).rows[0]!.score,
  )

const setSuspended = (userId: number, suspended: boolean) =>
  withDb((db) => db.query('update users set is_suspended = $2 where id = $1', [userId, suspended]))

/** Where a redirect goes, as path + hash on this site (Location may be absolute or relative). */
const redirectTarget = (location: string | undefined) => {
  const url = new URL(location ?? '', siteUrl())
  return `${url.origin === siteUrl() ? '' : url.origin}${url.pathname}${url.hash}`
}

test.describe('cross-site form posts are rejected', () => {
  test('an answer form posted from another origin stores nothing; the same post from the site itself is stored', async ({
    browser,
    request,
  }) => {
    const q = await ownQuestion(request, `A question for a cross-site answer ${unique()}`)
    const form = await formWithoutScript(browser, q.path, (page) => ({ form: page.locator('#answer-form form') }))
    expect(new URL(form.url).pathname).toBe(q.path)

    const forged = `Forged on another site and posted here (${unique()}).`
    const refused = await submitFormPost(
      request,
      form,
      { body: forged, anonName: 'Mallory', anonEmail: '' },
      { origin: FOREIGN_ORIGIN },
    )
    expect(
      refused.status(),
      'a cross-origin server action is refused, not redirected to a new answer',
    ).toBeGreaterThanOrEqual(400)
    expect(refused.headers()['location']).toBeUndefined()
    expect(await answersOn(q.id)).toEqual([])

    // Control: the very same request with the site's own Origin does post the answer.
    const genuine = `Posted from the site itself, long enough (${unique()}).`
    const accepted = await submitFormPost(
      request,
      form,
      { body: genuine, anonName: 'Alice', anonEmail: '' },
      { origin: siteUrl() },
    )
    expect(accepted.status()).toBe(303)
    expect(redirectTarget(accepted.headers()['location'])).toMatch(new RegExp(`^${q.path}#a\\d+$`))
    expect(await answersOn(q.id)).toEqual([{ body: genuine, anon_name: 'Alice', anon_email: null }])
  })

  test("a member's vote from another origin is refused even with their session cookie, and a browser does not send the cookie cross-site", async ({
    browser,
    request,
  }) => {
    const member = await createMember('Cross-site Voter')
    const context = await browser.newContext()
    try {
      const page = await context.newPage()
      await signInWithPassword(page, member)
      await page.waitForURL(`${siteUrl()}/`)

      await test.step('a forged request carrying the cookie is refused by the origin check', async () => {
        const q = await ownQuestion(request, `A question for a cross-origin vote ${unique()}`)
        const votes = (p: Page) => p.getByRole('form', { name: 'Vote on the question' })
        const form = await formWithoutScript(browser, q.path, (p) => ({
          form: votes(p),
          submitter: votes(p).getByRole('button', { name: 'Vote up' }),
        }))
        expect(Object.fromEntries(form.fields)).toMatchObject({ postId: String(q.id), mode: 'toggle', direction: 'up' })

        // context.request sends the browser context's cookies: the session cookie goes with it.
        const refused = await submitFormPost(context.request, form, {}, { origin: FOREIGN_ORIGIN })
        expect(refused.status()).toBeGreaterThanOrEqual(400)
        expect(refused.headers()['location']).toBeUndefined()
        expect(await votesOn(q.id)).toEqual([])
        expect(await questionScore(q.id)).toBe(0)

        // Control: with the site's own Origin the same request is the member's vote.
        const accepted = await submitFormPost(context.request, form, {}, { origin: siteUrl() })
        expect(accepted.status()).toBe(303)
        expect(redirectTarget(accepted.headers()['location'])).toBe(q.path)
        expect(await votesOn(q.id)).toEqual([{ user_id: member.id, value: 1 }])
        expect(await questionScore(q.id)).toBe(1)
      })

      await test.step('a real cross-site page auto-submitting the vote form: no session cookie, nothing counted', async () => {
        const q = await ownQuestion(request, `A question for a cross-site page ${unique()}`)
        const votes = (p: Page) => p.getByRole('form', { name: 'Vote on the question' })
        const form = await formWithoutScript(browser, q.path, (p) => ({
          form: votes(p),
          submitter: votes(p).getByRole('button', { name: 'Vote up' }),
        }))
        const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')
        const attackPage = `<!doctype html><html><head><title>You won</title></head><body>
          <form method="post" enctype="multipart/form-data" action="${escape(form.url)}">
            ${form.fields.map(([name, value]) => `<input type="hidden" name="${escape(name)}" value="${escape(value)}">`).join('\n')}
          </form>
          <script>document.forms[0].submit()</script></body></html>`
        await context.route(`${FOREIGN_ORIGIN}/**`, (route) =>
          route.fulfill({ status: 200, contentType: 'text/html', body: attackPage }),
        )

        const posted = page.waitForRequest((r) => r.method() === 'POST' && r.url() === form.url)
        await page.goto(`${FOREIGN_ORIGIN}/prize`)
        const forged = await posted
        const forgedHeaders = await forged.allHeaders()
        expect(forgedHeaders['origin']).toBe(FOREIGN_ORIGIN)
        // SameSite=Lax: a cross-site POST does not carry the session cookie at all.
        expect(forgedHeaders['cookie'] ?? '').not.toContain('authjs.session-token')
        // And the origin check refuses it too (without it, a cookieless vote would be a 303 to sign-in).
        const forgedResponse = await forged.response()
        expect(forgedResponse?.status()).toBeGreaterThanOrEqual(400)
        expect(await votesOn(q.id)).toEqual([])
        expect(await questionScore(q.id)).toBe(0)

        // Control: the same browser voting on the site itself sends the cookie and the vote counts.
        await page.goto(q.path)
        const voteForm = votes(page)
        await expect(voteForm.locator('input[name="mode"]')).toHaveValue('set') // hydrated
        const [own] = await Promise.all([
          page.waitForRequest((r) => r.method() === 'POST' && r.url() === form.url),
          voteForm.getByRole('button', { name: 'Vote up' }).click(),
        ])
        expect((await own.allHeaders())['cookie']).toContain('authjs.session-token=')
        await expect.poll(() => votesOn(q.id)).toEqual([{ user_id: member.id, value: 1 }])
      })
    } finally {
      await context.close()
    }
  })
})

test.describe('the session cookie', () => {
  test('is HttpOnly and SameSite=Lax, and not Secure over http', async ({ browser }) => {
    const member = await createMember('Cookie Checker')
    const context = await browser.newContext()
    try {
      const page = await context.newPage()
      await page.goto('/sign-in')
      await page.getByRole('textbox', { name: 'Email' }).first().fill(member.email)
      await page.getByRole('textbox', { name: 'Password' }).fill(member.password)
      const [response] = await Promise.all([
        page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/sign-in'),
        page.getByRole('button', { name: 'Sign in', exact: true }).click(),
      ])
      await page.waitForURL(`${siteUrl()}/`)

      // The attributes as the server wrote them (the browser's cookie list defaults a missing SameSite to Lax).
      const cookies = parseSetCookies(await response.headersArray())
      const session = cookies.find((c) => c.name === 'authjs.session-token')
      expect(session, `session cookie among ${cookies.map((c) => c.name).join(', ')}`).toBeDefined()
      expect(session!.attributes.has('httponly')).toBe(true)
      expect(session!.attributes.get('samesite')?.toLowerCase()).toBe('lax')
      expect(session!.attributes.has('secure')).toBe(false)
      expect(session!.attributes.get('path')).toBe('/')
      expect(cookies.map((c) => c.name)).not.toContain('__Secure-authjs.session-token')

      // As the browser stored it, and out of reach of the page's scripts.
      const stored = (await context.cookies(siteUrl())).find((c) => c.name === 'authjs.session-token')
      expect(stored).toMatchObject({ httpOnly: true, secure: false, sameSite: 'Lax', path: '/' })
      expect(await page.evaluate(() => document.cookie)).not.toContain('authjs.session-token')
      // And it is the cookie that signs the member in.
      expect(((await (await context.request.get('/api/viewer')).json()) as ViewerInfo).viewer?.id).toBe(member.id)
    } finally {
      await context.close()
    }
  })

  // Secure under https is proved against Auth.js's handlers with an https SITE_URL in
  // tests/integration/session-cookie.test.ts: here the site runs on http.
})

test('a sign-in link always points at this site, whatever host the request names', async ({ browser, request }) => {
  const form = await formWithoutScript(browser, '/sign-in', (page) => ({
    form: page.locator('form').filter({ has: page.locator('#link-email') }),
  }))
  const forged = { 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'http' }

  // Posted "from" the forged host: Next compares the Origin with the real Host and refuses it.
  const victim = `victim-${unique()}@members.test`
  const refused = await submitFormPost(request, form, { email: victim }, { origin: FOREIGN_ORIGIN, ...forged })
  expect(refused.status()).not.toBe(303)

  // Posted from the site itself with a forged X-Forwarded-Host: the mail still links to this site.
  const member = `forged-host-${unique()}@members.test`
  const accepted = await submitFormPost(request, form, { email: member }, { origin: siteUrl(), ...forged })
  expect(accepted.status()).toBe(303)
  const mail = await waitForMail(member)
  expect(linkIn(mail, siteUrl())).toContain('/api/auth/callback/nodemailer')
  expect(mail).not.toContain('evil.example')
})

test('a suspended member is treated as signed out from their next request on', async ({ browser, request }) => {
  const member = await createMember('Soon Suspended')
  const q = await ownQuestion(request, `A question for a suspended voter ${unique()}`)
  const context = await browser.newContext()
  try {
    const page = await context.newPage()
    await signInWithPassword(page, member)
    await page.waitForURL(`${siteUrl()}/`)
    const viewerId = async () =>
      ((await (await context.request.get('/api/viewer')).json()) as ViewerInfo).viewer?.id ?? null
    expect(await viewerId()).toBe(member.id)
    await page.goto(q.path)
    const banner = page.getByRole('banner')
    await expect(banner.getByRole('link', { name: 'Inbox' })).toBeVisible()
    const votes = page.getByRole('form', { name: 'Vote on the question' })

    await setSuspended(member.id, true)
    try {
      // Same browser, same (still validly signed) session cookie.
      expect(await viewerId()).toBeNull()
      await page.reload()
      await expect(banner.getByRole('link', { name: 'Sign in' })).toBeVisible()
      await expect(banner.getByRole('link', { name: 'Inbox' })).toHaveCount(0)

      await expect(votes.locator('input[name="mode"]')).toHaveValue('set') // hydrated
      await Promise.all([
        page.waitForResponse((r) => r.request().method() === 'POST'),
        votes.getByRole('button', { name: 'Vote up' }).click(),
      ])
      await expect(votes.getByRole('alert')).toHaveText('Sign in to vote.')
      expect(await votesOn(q.id)).toEqual([])
      expect(await questionScore(q.id)).toBe(0)
    } finally {
      await setSuspended(member.id, false)
    }

    // Lifting the suspension brings the same cookie back to life: the flag alone signed them out.
    expect(await viewerId()).toBe(member.id)
    await page.reload()
    await expect(votes.locator('input[name="mode"]')).toHaveValue('set')
    await expect(banner.getByRole('link', { name: 'Inbox' })).toBeVisible()
    await votes.getByRole('button', { name: 'Vote up' }).click()
    await expect.poll(() => votesOn(q.id)).toEqual([{ user_id: member.id, value: 1 }])
    expect(await questionScore(q.id)).toBe(1)
  } finally {
    await context.close()
  }
})
