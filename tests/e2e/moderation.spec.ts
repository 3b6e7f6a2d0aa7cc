import { expect, test, type APIRequestContext } from '@playwright/test'
import { siteUrl } from './fixtures'
import { createOwnQuestion, withDb } from './support/db'
import { createMember, signInWithPassword } from './support/members'
import { sitemapUrls } from './support/sitemap'

/** What an anonymous reader gets: status and HTML. */
async function read(request: APIRequestContext, path: string) {
  const response = await request.get(path, { maxRedirects: 0 })
  return { status: response.status(), html: await response.text() }
}

test('five flags hide a question everywhere; a moderator approves it from the queue and it comes back', async ({
  browser,
  request,
}) => {
  const title = `Flagged in an end-to-end test ${Date.now()}`
  const q = await createOwnQuestion(title)
  const word = title.split(' ').at(-1)!
  expect((await read(request, q.path)).status).toBe(200)
  expect((await read(request, `/search?q=${word}`)).html).toContain(title)

  // Four members have flagged it already; the fifth does so from the thread, without JavaScript.
  const flaggers = await Promise.all([1, 2, 3, 4].map((n) => createMember(`Flagger ${n}`)))
  await withDb((db) =>
    db.query(
      `insert into flags (post_id, post_type, user_id, reason) select $1, 'question', unnest($2::int[]), 'Spam or advertising'`,
      [q.id, flaggers.map((f) => f.id)],
    ),
  )
  const fifth = await createMember('Fifth Flagger')
  const context = await browser.newContext({ javaScriptEnabled: true })
  const page = await context.newPage()
  await signInWithPassword(page, fifth)
  await page.waitForURL(`${siteUrl()}/`)
  await page.goto(q.path)
  await page.getByRole('link', { name: 'Flag this question' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Flag this question')
  // No reason chosen: told so next to the choices, nothing stored.
  await page.getByRole('button', { name: 'Flag for moderators' }).click()
  await expect(page.locator('#flag-reason-error')).toHaveText('Choose why this post needs a moderator.')
  await page.getByLabel('Harmful: encourages self-harm').check()
  await page.getByRole('button', { name: 'Flag for moderators' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'hidden until a moderator reviews it' })).toBeVisible()
  await context.close()

  await expect.poll(async () => (await read(request, q.path)).status, { intervals: [100], timeout: 15_000 }).toBe(404)
  expect((await read(request, '/feeds/questions.atom')).html).not.toContain(title)
  expect(await sitemapUrls(request)).not.toContain(`${siteUrl()}${q.path}`)
  expect((await read(request, `/search?q=${word}`)).html).not.toContain(title)

  const moderator = await createMember('Queue Moderator', 'moderator')
  const mod = await browser.newContext({ javaScriptEnabled: false })
  const modPage = await mod.newPage()
  await signInWithPassword(modPage, moderator)
  await modPage.waitForURL(`${siteUrl()}/`)
  await modPage.goto('/moderation')
  const item = modPage.getByRole('listitem').filter({ hasText: title })
  await expect(item).toContainText('5 flags')
  await expect(item).toContainText('Harmful')
  await item.getByRole('checkbox').check()
  await modPage.getByLabel('Reason (kept in the audit log)').fill('Checked: it is a genuine question')
  await modPage.getByRole('button', { name: 'Approve selected' }).click()
  await expect(modPage.getByRole('status')).toHaveText('Approved: 1 post(s).')
  await expect(modPage.getByRole('listitem').filter({ hasText: title })).toHaveCount(0)
  await expect.poll(async () => (await read(request, q.path)).status, { intervals: [100], timeout: 15_000 }).toBe(200)
  expect((await read(request, '/feeds/questions.atom')).html).toContain(title)
  expect(await sitemapUrls(request)).toContain(`${siteUrl()}${q.path}`)
  expect((await read(request, `/search?q=${word}`)).html).toContain(title)

  await modPage.goto('/moderation/audit?action=approve')
  const row = modPage.getByRole('row').filter({ hasText: 'Checked: it is a genuine question' })
  await expect(row).toContainText('Queue Moderator')
  await modPage.goto('/moderation/audit?action=auto_hide')
  await expect(modPage.getByRole('row').filter({ hasText: `question ${q.id}` })).toContainText('System')
  await mod.close()
})

test('members who are not moderators cannot use the queue', async ({ page }) => {
  const member = await createMember('Curious Member')
  await signInWithPassword(page, member)
  await page.waitForURL(`${siteUrl()}/`)
  await page.goto('/moderation')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('For moderators only')
  await page.goto('/moderation/audit')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('For moderators only')
})
