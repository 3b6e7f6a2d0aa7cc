import { expect, test, type APIRequestContext } from '@playwright/test'
import { createOwnQuestion, withDb } from './support/db'
import { restartPostgres, stopPostgres } from '../../scripts/lib/pg-ctl'

// Runs last, on its own (the "outage" project): it stops the real PostgreSQL under the site.
const dataDir = process.env.E2E_POSTGRES_DATA_DIR
const secret = process.env.REVALIDATE_SECRET
const unique = () => `${Date.now()}-${Math.floor(Math.random() * 1e6)}`
const unavailable = 'We could not save this right now; your text is still here'

async function expireTags(request: APIRequestContext, tags: string[]): Promise<void> {
  const response = await request.post('/api/revalidate', {
    headers: { 'x-revalidate-secret': secret! },
    data: { tags },
  })
  expect(response.status()).toBe(200)
}

/** Each path once, in parallel: status and body. */
async function readAll(request: APIRequestContext, paths: string[]) {
  return Promise.all(
    paths.map(async (path) => {
      const response = await request.get(path, { maxRedirects: 0 })
      return { path, status: response.status(), body: await response.text(), headers: response.headers() }
    }),
  )
}

test.describe.configure({ mode: 'serial', timeout: 180_000 })

test('pages outlive the database: last good copies, a 503 for pages never rendered, writers keep their text, and all recovers', async ({
  browser,
  request,
}) => {
  test.skip(!dataDir || !secret, 'needs the throwaway cluster and revalidate secret that `npm test -- --e2e` passes')

  // Pages of every kind a reader reaches, each served once before the outage.
  const served = await createOwnQuestion(`An outage e2e thread ${unique()}`)
  const neverRendered = await createOwnQuestion(`An outage e2e thread nobody opened ${unique()}`)
  const home = await request.get('/')
  // The home page lists the newest threads, the one nobody may open among them.
  const threadLinks = [...(await home.text()).matchAll(/href="(\/\d+\/[^"#?]+)"/g)]
    .map((m) => m[1]!)
    .filter((p) => p !== neverRendered.path)
  const lists = await request.get('/users')
  const profile = /href="(\/users\/\d+\/[^"#?]+)"/.exec(await lists.text())?.[1]
  const tagsPage = await request.get('/tags')
  const tag = /href="(\/tags\/[^"#?/]+)"/.exec(await tagsPage.text())?.[1]
  const categories = await request.get('/categories')
  const category = /href="(\/categories\/[^"#?]+)"/.exec(await categories.text())?.[1]
  expect(profile && tag && category && threadLinks.length > 0).toBeTruthy()
  const paths = [
    '/',
    '/questions',
    '/questions/hot',
    '/unanswered',
    '/categories',
    '/tags',
    '/users',
    served.path,
    ...new Set(threadLinks.slice(0, 6)),
    profile!,
    tag!,
    category!,
    '/feeds/questions.atom',
    '/sitemap.xml',
  ]
  const before = await readAll(request, paths)
  for (const r of before) expect(r.status, r.path).toBe(200)

  // A change just before the outage: the served thread is retitled and its tags (and every list's)
  // are expired, so their pages must be rendered afresh, which the outage will not allow.
  const newTitle = `An outage e2e thread, retitled ${unique()}`
  await withDb((db) => db.query('update questions set title = $1 where id = $2', [newTitle, served.id]))
  await expireTags(request, [
    `question:${served.id}`,
    'lists:questions',
    'lists:categories',
    'lists:tags',
    'lists:users',
    'sitemap',
    'links:questions',
  ])

  // A read mix running while Postgres stops under it.
  let reading = true
  const duringStop: { path: string; status: number }[] = []
  const mix = (async () => {
    while (reading) for (const r of await readAll(request, paths)) duringStop.push({ path: r.path, status: r.status })
  })()
  await stopPostgres(dataDir!)
  try {
    await new Promise((resolve) => setTimeout(resolve, 3_000))
    reading = false
    await mix
    expect(duringStop.filter((r) => r.status !== 200)).toEqual([])

    // Every page served before answers 200 with its last good copy, expired ones included.
    const during = await readAll(request, paths)
    for (const r of during) expect(r.status, r.path).toBe(200)
    expect(during.find((r) => r.path === served.path)!.body).not.toContain(newTitle)

    // A page never rendered: a friendly 503 that says when to come back, not a 500.
    for (const path of [neverRendered.path, `/search?q=outage-${unique()}`]) {
      const response = await request.get(path, { headers: { accept: 'text/html' } })
      expect(response.status(), path).toBe(503)
      expect(Number(response.headers()['retry-after'])).toBeGreaterThan(0)
      expect(await response.text()).toContain('cannot reach its database')
    }

    // Writers get the message beside the form and keep what they typed, with and without JavaScript.
    for (const javaScriptEnabled of [true, false]) {
      const context = await browser.newContext({ javaScriptEnabled })
      const page = await context.newPage()
      await page.goto(served.path)
      const text = `What helped me was writing things down (${unique()}).`
      const form = page.locator('#answer-form')
      await form.getByRole('textbox', { name: 'Your answer' }).fill(text)
      await form.getByRole('button', { name: 'Post your answer' }).click()
      await expect(form, `JavaScript ${javaScriptEnabled ? 'on' : 'off'}`).toContainText(unavailable, {
        timeout: 15_000,
      })
      await expect(form.getByRole('textbox', { name: 'Your answer' })).toHaveValue(text)
      await context.close()
    }
  } finally {
    reading = false
    await restartPostgres(dataDir!)
  }

  // Back by itself: the expired pages render fresh, the page never rendered renders, writes work.
  await expect.poll(async () => (await request.get(served.path)).text(), { timeout: 30_000 }).toContain(newTitle)
  const after = await readAll(request, [...paths, neverRendered.path])
  for (const r of after) expect(r.status, r.path).toBe(200)

  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto(served.path)
  const text = `Once the database was back this answer went through (${unique()}).`
  await page.locator('#answer-form').getByRole('textbox', { name: 'Your answer' }).fill(text)
  await page.getByRole('button', { name: 'Post your answer' }).click()
  await page.waitForURL(/#a\d+$/)
  await expect(page.locator(new URL(page.url()).hash)).toContainText(text)
  await context.close()
})
