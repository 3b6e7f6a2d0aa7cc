import pg from 'pg'
import type { APIRequestContext } from '@playwright/test'
import { expect, test } from './fixtures'
import { withDb } from './support/db'
import { ThreadPage } from './pages/thread-page'

const secret = () => {
  const value = process.env.REVALIDATE_SECRET
  if (!value) throw new Error('REVALIDATE_SECRET is not set: run the end-to-end tests with `npm test -- --e2e`.')
  return value
}

/** One anonymous GET (the request fixture carries no cookies), returning what the cache said. */
async function fetchPage(request: APIRequestContext, path: string) {
  const response = await request.get(path, { maxRedirects: 0 })
  expect(response.status(), `GET ${path}`).toBe(200)
  return {
    cache: response.headers()['x-nextjs-cache'],
    cacheControl: response.headers()['cache-control'] ?? '',
    html: await response.text(),
  }
}

/** The h1 text of a thread page's HTML (titles are plain text; entities are decoded). */
function h1Of(html: string): string {
  const match = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)
  expect(match, 'the page has an h1').not.toBeNull()
  return match![1]!
    .replace(/<[^>]+>/g, '')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .trim()
}

function revalidate(
  request: APIRequestContext,
  body: unknown,
  headers: Record<string, string> = { 'x-revalidate-secret': secret() },
) {
  return request.post('/api/revalidate', { data: body, headers })
}

test.describe('page cache', () => {
  const pages = [
    { name: 'a thread', path: (p: { thread: string }) => p.thread },
    { name: 'the home page', path: () => '/' },
    { name: '/questions', path: () => '/questions' },
    { name: 'a category', path: (p: { category: string }) => p.category },
  ]
  for (const { name, path } of pages) {
    test(`a second anonymous GET of ${name} is a cache HIT with s-maxage`, async ({ request, paths }) => {
      const url = path(paths)
      await fetchPage(request, url)
      const second = await fetchPage(request, url)
      expect(second.cache, `x-nextjs-cache of ${url}`).toBe('HIT')
      expect(second.cacheControl, `Cache-Control of ${url}`).toContain('s-maxage')
    })
  }
})

test.describe('POST /api/revalidate', () => {
  test('refuses a request without the secret (401) or with a wrong one (401)', async ({ request }) => {
    expect((await revalidate(request, { tags: ['lists:questions'] }, {})).status()).toBe(401)
    expect(
      (
        await revalidate(request, { tags: ['lists:questions'] }, { 'x-revalidate-secret': `${secret()}-wrong` })
      ).status(),
    ).toBe(401)
  })

  test('refuses tags it does not know (400)', async ({ request }) => {
    for (const body of [
      { tags: ['no such tag'] },
      { tags: [] },
      { tags: 'question:1' },
      {},
      { tags: ['question:abc'] },
    ]) {
      const response = await revalidate(request, body)
      expect(response.status(), `body ${JSON.stringify(body)}`).toBe(400)
    }
  })

  test('expires a changed thread: cached before, fresh after', async ({ request, page }) => {
    // The oldest demo question: no other spec reads it.
    const { id, slug } = await withDb(
      async (db) =>
        (
          await db.query<{ id: number; slug: string }>(
            `select id, slug from questions where anon_name is distinct from 'e2e' order by created_at limit 1`,
          )
        ).rows[0]!,
    )
    const path = `/${id}/${slug}`

    await new ThreadPage(page).goto(path)
    const original = (await page.getByRole('heading', { level: 1 }).innerText()).trim()
    const changed = `${original} (edited ${Date.now()})`

    const db = new pg.Client({ connectionString: process.env.DATABASE_URL })
    await db.connect()
    try {
      await fetchPage(request, path) // warm
      const updated = await db.query('update questions set title = $1 where id = $2', [changed, id])
      expect(updated.rowCount).toBe(1)
      try {
        const stale = await fetchPage(request, path)
        expect(stale.cache, 'still served from the cache').toBe('HIT')
        expect(h1Of(stale.html)).toBe(original)

        const response = await revalidate(request, { tags: [`question:${id}`] })
        expect(response.status()).toBe(200)
        expect(await response.json()).toMatchObject({ revalidated: [`question:${id}`] })

        const fresh = await fetchPage(request, path)
        expect(h1Of(fresh.html), 'the next GET after revalidation renders the new title').toBe(changed)
        const again = await fetchPage(request, path)
        expect(again.cache).toBe('HIT')
        expect(h1Of(again.html)).toBe(changed)
      } finally {
        await db.query('update questions set title = $1 where id = $2', [original, id])
        await revalidate(request, { tags: [`question:${id}`] })
      }
      expect(h1Of((await fetchPage(request, path)).html), 'the title is restored').toBe(original)
    } finally {
      await db.end()
    }
  })
})
