import { expect, test, type APIRequestContext, type Page } from '@playwright/test'
import { withDb } from './support/db'
import { sitemapUrls } from './support/sitemap'

// One post must never break a feed, sitemap or structured data for everyone. Forms refuse control
// characters, but older rows (an import, an earlier version) may hold them: such a row is put in
// directly, and every document a reader or crawler fetches must still parse.
const secret = process.env.REVALIDATE_SECRET
const unique = () => `${Date.now()}${Math.floor(Math.random() * 1e6)}`

async function expireTags(request: APIRequestContext, tags: string[]): Promise<void> {
  const response = await request.post('/api/revalidate', {
    headers: { 'x-revalidate-secret': secret! },
    data: { tags },
  })
  expect(response.status()).toBe(200)
}

/** Chromium's XML parser, which follows XML 1.0 strictly: a forbidden character is a fatal error. */
async function xmlErrors(page: Page, xml: string): Promise<string | null> {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml')
    return doc.getElementsByTagName('parsererror')[0]?.textContent ?? null
  }, xml)
}

test('a title, name and tag holding control characters leave every feed, sitemap and the JSON-LD parseable', async ({
  page,
  request,
}) => {
  test.skip(!secret, 'needs the revalidate secret that `npm test -- --e2e` passes')
  const tagName = `ctrl\u0002tag${unique()}`
  const title = `A hostile question ${unique()} control char \u0002 in the title \u0007 and \u001b more`
  const question = await withDb(async (db) => {
    const {
      rows: [q],
    } = await db.query<{ id: number; slug: string }>(
      `insert into questions (title, slug, body, category_id, category1_id, anon_name)
       select $1, 'a-hostile-question', 'Body with a \u0008 backspace and \u000c form feed.', id, id, $2 from categories where depth = 1 order by id limit 1
       returning id, slug`,
      [title, 'Ctrl\u001bName\u0007'],
    )
    const {
      rows: [tag],
    } = await db.query<{ id: number }>(`insert into tags (name, question_count) values ($1, 1) returning id`, [tagName])
    await db.query('insert into question_tags (question_id, tag_id) values ($1, $2)', [q!.id, tag!.id])
    return q!
  })
  await expireTags(request, ['lists:questions', 'lists:tags', 'lists:users', 'sitemap', `question:${question.id}`])

  const documents = [
    '/feeds/questions.atom',
    `/feeds/tags/${encodeURIComponent(tagName)}.atom`,
    '/opensearch.xml',
    '/sitemap.xml',
  ]
  for (const url of await sitemapUrls(request)) if (url.endsWith('.xml')) documents.push(new URL(url).pathname)
  await page.goto('/robots.txt')
  for (const path of new Set(documents)) {
    const response = await request.get(path)
    expect(response.status(), path).toBe(200)
    expect(await xmlErrors(page, await response.text()), path).toBeNull()
  }
  // The feed does carry the post, its characters dropped rather than the entry.
  const feed = await (await request.get('/feeds/questions.atom')).text()
  expect(feed).toContain(title.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, ''))
  expect(feed).toContain('<name>CtrlName</name>')

  const thread = await request.get(`/${question.id}/${question.slug}`)
  expect(thread.status()).toBe(200)
  const blocks = [...(await thread.text()).matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
    (m) => m[1]!,
  )
  expect(blocks.length).toBeGreaterThan(0)
  for (const block of blocks) expect(() => JSON.parse(block)).not.toThrow()
})

test('malformed %-escapes in any dynamic route answer 4xx, never 5xx', async ({ request }) => {
  const paths = [
    '/277/%E0',
    '/1/%E0',
    '/tags/%E0',
    '/tags/%E0/page/2',
    '/categories/%25E0',
    '/categories/%E0',
    '/users/21/%25E0',
    '/users/1/%E0',
    '/feeds/tags/%25E0.atom',
    '/feeds/tags/%E0.atom',
    '/feeds/categories/%25E0.atom',
    '/feeds/categories/%E0.atom',
    '/unsubscribe/%E0',
    '/admin/mail/file/%E0',
    '/%ff%fe/x',
    '/questions/%E0',
  ]
  for (const path of paths) {
    const response = await request.get(path, { maxRedirects: 0 })
    expect(response.status(), path).toBeGreaterThanOrEqual(300)
    expect(response.status(), path).toBeLessThan(500)
  }
})
