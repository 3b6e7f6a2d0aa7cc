import { test as base, expect, type APIRequestContext, type Browser, type Locator } from '@playwright/test'
import { ThreadPage } from './pages/thread-page'

/** The first demo thread (db/seed/demo/questions-1.ts): accepted answer, comments, category and tags. */
export const THERAPIST_TITLE =
  'What is the therapist-patient relationship, and is it OK for a therapist to date a patient?'

/** The public origin the app was built for, with no trailing slash (`npm test` sets BASE_URL). */
export function siteUrl(): string {
  const url = process.env.BASE_URL
  if (!url) throw new Error('BASE_URL is not set: run the end-to-end tests with `npm test -- --e2e`.')
  return url.replace(/\/$/, '')
}

/** A thread URL path is "/{id}/{slug}". */
export const THREAD_PATH = /^\/(\d+)\/[^/?#]+$/

/** Paths of the pages the specs visit, found by following links from the site itself (never hard-coded ids). */
export type SitePaths = {
  /** The therapist thread. */
  thread: string
  /** The thread's category page (deepest category). */
  category: string
  /** The thread's first tag page. */
  tag: string
  /** The thread author's profile. */
  profile: string
  /** The oldest thread nobody has answered, from /unanswered. */
  unansweredThread: string
}

async function discoverPaths(browser: Browser): Promise<SitePaths> {
  const context = await browser.newContext({ baseURL: siteUrl(), javaScriptEnabled: false })
  const page = await context.newPage()
  try {
    await page.goto('/questions/votes')
    const thread = await hrefOf(
      page.getByRole('main').getByRole('link', { name: THERAPIST_TITLE, exact: true }).first(),
    )

    const threadPage = new ThreadPage(page)
    await threadPage.goto(thread)
    const question = threadPage.question(THERAPIST_TITLE)
    const category = await hrefOf(question.locator('a[href^="/categories/"]').first())
    const tag = await hrefOf(question.getByRole('list', { name: 'Question tags' }).getByRole('link').first())
    const profile = await hrefOf(question.locator('a[href^="/users/"]').first())

    // The oldest unanswered thread: a demo one, never a question another spec made (those are newest).
    await page.goto('/unanswered')
    for (let next = page.locator('a[rel="next"]'); (await next.count()) > 0; next = page.locator('a[rel="next"]'))
      await page.goto((await next.first().getAttribute('href'))!)
    const unansweredThread = await hrefOf(
      page.getByRole('main').getByRole('heading', { level: 2 }).getByRole('link').last(),
    )
    return { thread, category, tag, profile, unansweredThread }
  } finally {
    await context.close()
  }
}

async function hrefOf(link: Locator): Promise<string> {
  const href = await link.getAttribute('href')
  expect(href, 'link has an href').toBeTruthy()
  return href!
}

/** GET that fails with the URL in the message unless the status is 200. */
export async function getOk(request: APIRequestContext, url: string) {
  const response = await request.get(url)
  expect(response.status(), `GET ${url}`).toBe(200)
  return response
}

export const test = base.extend<{ threadPage: ThreadPage }, { paths: SitePaths }>({
  paths: [async ({ browser }, use) => use(await discoverPaths(browser)), { scope: 'worker' }],
  threadPage: async ({ page }, use) => use(new ThreadPage(page)),
})

export { expect }
