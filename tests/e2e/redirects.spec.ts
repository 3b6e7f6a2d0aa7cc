import type { APIResponse } from '@playwright/test'
import { expect, test, THREAD_PATH } from './fixtures'

const locations = (response: APIResponse) =>
  response
    .headersArray()
    .filter((h) => h.name.toLowerCase() === 'location')
    .map((h) => h.value)

/** Location may be a path or an absolute URL on the site; compare it as a path. */
const asPath = (location: string) => {
  const url = new URL(location, 'http://origin.invalid')
  return url.origin === 'http://origin.invalid' || url.origin === new URL(process.env.BASE_URL!).origin
    ? `${url.pathname}${url.search}`
    : location
}

test.describe('thread URLs', () => {
  test('a wrong slug answers 301 to the canonical path', async ({ request, paths }) => {
    const id = THREAD_PATH.exec(paths.thread)![1]
    // A slug no earlier run asked for, so the redirect is rendered now rather than served from the cache.
    const response = await request.get(`/${id}/not-the-right-slug-${Date.now()}`, { maxRedirects: 0 })
    expect(response.status()).toBe(301)
    const values = locations(response)
    expect(values.length, 'a Location header').toBeGreaterThan(0)
    for (const value of values) expect(asPath(value)).toBe(paths.thread)
  })

  test('a wrong slug answers 301 again once the redirect is cached', async ({ request, paths }) => {
    const id = THREAD_PATH.exec(paths.thread)![1]
    const url = `/${id}/wrong-slug`
    await request.get(url, { maxRedirects: 0 })
    const response = await request.get(url, { maxRedirects: 0 })
    expect(response.status()).toBe(301)
    expect(locations(response).map(asPath)).toEqual([paths.thread])
  })

  // Location is a singleton field (RFC 9110 §10.2.2); Next sends it twice on a fresh render.
  test('a freshly rendered slug redirect sends exactly one Location header', async ({ request, paths }) => {
    const id = THREAD_PATH.exec(paths.thread)![1]
    const response = await request.get(`/${id}/fresh-wrong-slug-${Date.now()}`, { maxRedirects: 0 })
    expect(locations(response)).toHaveLength(1)
  })

  test('a missing slug, /{id}, answers 301 to the canonical path', async ({ request, paths }) => {
    const id = THREAD_PATH.exec(paths.thread)![1]
    const response = await request.get(`/${id}`, { maxRedirects: 0 })
    expect(response.status()).toBe(301)
    expect(locations(response).map(asPath)).toEqual([paths.thread])
  })

  test('the canonical path answers 200 without redirecting', async ({ request, paths }) => {
    const response = await request.get(paths.thread, { maxRedirects: 0 })
    expect(response.status()).toBe(200)
  })

  test('an unknown id answers 404 and shows the not-found page', async ({ request, page }) => {
    const response = await request.get('/999999999/x', { maxRedirects: 0 })
    expect(response.status()).toBe(404)

    const navigation = await page.goto('/999999999/x')
    expect(navigation?.status()).toBe(404)
    await expect(page.getByRole('heading', { level: 1, name: 'This page isn’t here' })).toBeVisible()
    await expect(page.getByRole('link', { name: 'Browse questions' })).toHaveAttribute('href', '/questions')
  })

  // Next 16 serves notFound() as an empty shell (vercel/next.js#62228); scripts/lib/server.ts re-renders it.
  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false })
    test('an unknown id shows the not-found heading in the server HTML', async ({ page }) => {
      const navigation = await page.goto('/999999999/x')
      expect(navigation?.status()).toBe(404)
      await expect(page.getByRole('heading', { level: 1, name: 'This page isn’t here' })).toBeVisible()
    })
  })

  test('an unknown id without a slug answers 404', async ({ request }) => {
    const response = await request.get('/999999999', { maxRedirects: 0 })
    expect(response.status()).toBe(404)
  })

  test('a path that is not an id answers 404', async ({ request, page }) => {
    const response = await request.get('/not-a-number', { maxRedirects: 0 })
    expect(response.status()).toBe(404)
    const navigation = await page.goto('/not-a-number')
    expect(navigation?.status()).toBe(404)
    await expect(page.getByRole('heading', { level: 1, name: 'This page isn’t here' })).toBeVisible()
  })
})
