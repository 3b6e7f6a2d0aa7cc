import { expect, test, type APIRequestContext, type Page } from '@playwright/test'
import { siteUrl } from './fixtures'
import { createOwnQuestion } from './support/db'
import { createMember, signInWithPassword } from './support/members'

const unique = () => `${Date.now()}-${Math.floor(Math.random() * 1e6)}`
const POSTS = 3

/**
 * Keeps a thread being rendered all the time, as on a busy site: one loop expires it (as other
 * writers' posts do) and readers request it, so that a render which read the thread before a write
 * is under way whenever the write lands. Returns a function that stops it.
 */
function churn(request: APIRequestContext, questionId: number, path: string): () => Promise<void> {
  const secret = process.env.REVALIDATE_SECRET
  if (!secret) throw new Error('REVALIDATE_SECRET is not set: run the end-to-end tests with `npm test -- --e2e`.')
  let running = true
  const loops = [
    (async () => {
      while (running)
        await request.post('/api/revalidate', {
          data: { tags: [`question:${questionId}`] },
          headers: { 'x-revalidate-secret': secret },
        })
    })(),
    ...Array.from({ length: 4 }, async () => {
      while (running) await (await request.get(path)).body()
    }),
  ]
  return async () => {
    running = false
    await Promise.all(loops)
  }
}

/** One anonymous GET of the thread, as any reader (or crawler) gets it from the cache. */
const anonymousHtml = async (request: APIRequestContext, path: string) => (await request.get(path)).text()

/**
 * What the page the writer landed on shows: without JavaScript the HTML of the one GET the browser
 * made after the redirect (nothing runs that could fetch it again); with it, the page the router
 * rendered from the action's response.
 */
async function landedPageShows(page: Page, anchor: string, text: string, javaScriptEnabled: boolean): Promise<boolean> {
  if (!javaScriptEnabled) return (await page.content()).includes(text)
  await expect(page.locator(`#${anchor}`)).toContainText(text)
  return true
}

for (const javaScriptEnabled of [false, true]) {
  test(`a member's answers and comments on answers show on the page they land on while the thread is busy, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, async ({
    browser,
    request,
  }) => {
    test.setTimeout(120_000)
    const q = await createOwnQuestion(`An e2e question on a busy thread ${unique()}`)
    const member = await createMember(`Busy writer ${javaScriptEnabled ? 'JS' : 'HTML'}`)
    const context = await browser.newContext({ javaScriptEnabled })
    const page = await context.newPage()
    await signInWithPassword(page, member)
    await page.waitForURL(`${siteUrl()}/`)

    const posted: string[] = []
    const stop = churn(request, q.id, q.path)
    try {
      for (let i = 0; i < POSTS; i++) {
        await page.goto(q.path)
        const answerText = `Answer ${i} on a busy thread (${unique()}).`
        await page.locator('#answer-form').getByRole('textbox', { name: 'Your answer' }).fill(answerText)
        await page.getByRole('button', { name: 'Post your answer' }).click()
        await page.waitForURL(/#a\d+$/)
        const answerAnchor = new URL(page.url()).hash.slice(1)
        expect(
          await landedPageShows(page, answerAnchor, answerText, javaScriptEnabled),
          `answer ${i} on the page its author landed on`,
        ).toBe(true)
        posted.push(answerText)

        const answer = page.locator(`#${answerAnchor}`)
        const commentText = `Comment ${i} on that answer (${unique()}).`
        await answer.getByText('Add a comment').click()
        await answer.getByRole('textbox', { name: 'Your comment' }).fill(commentText)
        await answer.getByRole('button', { name: 'Post comment' }).click()
        await page.waitForURL(/#c\d+$/)
        const commentAnchor = new URL(page.url()).hash.slice(1)
        expect(
          await landedPageShows(page, commentAnchor, commentText, javaScriptEnabled),
          `comment ${i} on the page its author landed on`,
        ).toBe(true)
        posted.push(commentText)
      }
    } finally {
      await stop()
    }

    // Every other reader: the cached thread shows every post (polled: the last renders may still be finishing).
    for (const text of posted)
      await expect
        .poll(async () => (await anonymousHtml(request, q.path)).includes(text), { message: text, timeout: 15_000 })
        .toBe(true)
    await context.close()
  })
}
