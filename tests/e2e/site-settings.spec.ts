import { expect, test, type APIRequestContext, type Page } from '@playwright/test'
import { siteUrl } from './fixtures'
import { createOwnQuestion, withDb } from './support/db'
import { createMember, signInWithPassword } from './support/members'
import { sitemapUrls } from './support/sitemap'

// Runs in the "admin" project, after every other spec: each save here re-renders every page.

async function read(request: APIRequestContext, path: string) {
  const response = await request.get(path, { maxRedirects: 0 })
  return { status: response.status(), html: await response.text(), cache: response.headers()['x-nextjs-cache'] }
}

async function signInAdmin(page: Page) {
  const admin = await createMember('Settings Admin', 'admin')
  await signInWithPassword(page, admin)
  await page.waitForURL(`${siteUrl()}/`)
  await page.goto('/admin/settings')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Site settings')
}

test('an admin renames the site: a mistake is shown next to its field, then every cached page shows the new name', async ({
  page,
  request,
}) => {
  const q = await createOwnQuestion(`A thread that shows the site name ${Date.now()}`)
  await expect.poll(async () => (await read(request, q.path)).cache, { intervals: [100], timeout: 5_000 }).toBe('HIT')
  const original = await withDb(
    async (db) =>
      (await db.query<{ value: unknown }>(`select value from settings where key = 'site'`)).rows[0]?.value ?? null,
  )
  try {
    await signInAdmin(page)
    const site = page.locator('#site')
    await site.getByLabel('Site name').fill('  ')
    await site.getByRole('button', { name: 'Save site name' }).click()
    await expect(site.locator('#site-name-error')).toHaveText('Give the site a name.')
    expect((await read(request, q.path)).html).not.toContain('Kinder Words')

    await site.getByLabel('Site name').fill('Kinder Words')
    await site.getByLabel('Tagline').fill('talk it through with people who get it')
    await site.getByRole('button', { name: 'Save site name' }).click()
    await expect(site.getByRole('status').filter({ hasText: /^Saved\./ })).toBeVisible()

    await expect
      .poll(async () => /<title>[^<]*- Kinder Words<\/title>/.test((await read(request, q.path)).html), {
        intervals: [100],
        timeout: 15_000,
      })
      .toBe(true)
    expect((await read(request, '/')).html).toContain('talk it through with people who get it')
    expect((await read(request, '/feeds/questions.atom')).html).toContain('Kinder Words')
    await page.goto('/moderation/audit?action=settings')
    await expect(page.getByRole('row').filter({ hasText: 'Kinder Words' }).first()).toContainText('Settings Admin')
  } finally {
    await withDb((db) =>
      original === null
        ? db.query(`delete from settings where key = 'site'`)
        : db.query(`update settings set value = $1 where key = 'site'`, [original]),
    )
  }
})

test('censored words are masked on the thread; the indexing policy marks closed threads noindex and drops them from the sitemap', async ({
  page,
  request,
}) => {
  const word = `zorblax${Date.now().toString(36)}`
  const q = await createOwnQuestion(`Why does everyone say ${word} to me`)
  await withDb((db) =>
    db.query(`update questions set closed_at = now(), closed_reason = 'Off topic' where id = $1`, [q.id]),
  )
  const open = await createOwnQuestion(`An open thread beside it ${Date.now()}`)
  // (The word stays in the thread's address: slugs are not rewritten, so links to it keep working.)
  expect((await read(request, q.path)).html).toContain(`say ${word} to me`)
  const before = await withDb(
    async (db) =>
      (
        await db.query<{ key: string; value: unknown }>(
          `select key, value from settings where key in ('spam', 'indexing')`,
        )
      ).rows,
  )
  try {
    await signInAdmin(page)
    const spam = page.locator('#spam')
    await spam.getByLabel('Blocked addresses').fill('203.0.113.7\nnot-an-address')
    await spam.getByRole('button', { name: 'Save spam rules' }).click()
    await expect(spam.locator('#spam-blockedIps-error')).toContainText('Each line must be an address')
    // Said by the button too, and the field is focused: it may be a screen above on a phone.
    await expect(spam.getByText('Not saved: correct the field marked in red.')).toBeVisible()
    await expect(spam.getByLabel('Blocked addresses')).toBeFocused()
    await spam.getByLabel('Blocked addresses').fill('203.0.113.7')
    await spam.getByLabel('Censored words').fill(word)
    await spam.getByRole('button', { name: 'Save spam rules' }).click()
    await expect(spam.getByRole('status').filter({ hasText: /^Saved\./ })).toBeVisible()
    await expect
      .poll(async () => (await read(request, q.path)).html.includes(`say ${word} to me`), {
        intervals: [100],
        timeout: 15_000,
      })
      .toBe(false)
    expect((await read(request, q.path)).html).toContain(`Why does everyone say ${'*'.repeat(word.length)} to me`)

    const indexing = page.locator('#indexing')
    await indexing.getByLabel('Leave out closed questions').check()
    await indexing.getByRole('button', { name: 'Save indexing' }).click()
    await expect(indexing.getByRole('status').filter({ hasText: /^Saved\./ })).toBeVisible()
    await expect
      .poll(async () => /<meta name="robots" content="noindex, follow"/.test((await read(request, q.path)).html), {
        intervals: [100],
        timeout: 15_000,
      })
      .toBe(true)
    // The save refreshed the sitemap: the open thread is in it, the closed one is not.
    const urls = await sitemapUrls(request)
    expect(urls).toContain(`${siteUrl()}${open.path}`)
    expect(urls).not.toContain(`${siteUrl()}${q.path}`)
  } finally {
    await withDb(async (db) => {
      await db.query(`delete from settings where key in ('spam', 'indexing')`)
      for (const row of before)
        await db.query(`insert into settings (key, value) values ($1, $2)`, [row.key, row.value])
    })
  }
})

test('a moderator is told the settings are for admins only', async ({ browser }) => {
  const moderator = await createMember('Not An Admin', 'moderator')
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await signInWithPassword(page, moderator)
  await page.waitForURL(`${siteUrl()}/`)
  await page.goto('/admin/settings')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('For admins only')
  await context.close()
})

test('with anonymous posts held, a visitor’s answer waits for approval: they are told so, readers do not see it, the queue has it', async ({
  page,
  browser,
  request,
}) => {
  const q = await createOwnQuestion(`A thread where answers wait for approval ${Date.now()}`)
  const before = await withDb(
    async (db) =>
      (await db.query<{ value: unknown }>(`select value from settings where key = 'moderation'`)).rows[0]?.value ??
      null,
  )
  try {
    await signInAdmin(page)
    const moderation = page.locator('#moderation')
    await moderation.getByLabel('Hold anonymous posts for approval').check()
    await moderation.getByRole('button', { name: 'Save moderation' }).click()
    await expect(moderation.getByRole('status').filter({ hasText: /^Saved\./ })).toBeVisible()

    const visitor = await (await browser.newContext()).newPage()
    await visitor.goto(q.path)
    const text = `Held answer from a visitor ${Date.now()}`
    await visitor.locator('#answer-form').getByRole('textbox', { name: 'Your answer' }).fill(text)
    await visitor.getByRole('button', { name: 'Post your answer' }).click()
    await expect(
      visitor.locator('#answer-form').getByRole('status').filter({ hasText: 'waiting for a moderator’s approval' }),
    ).toBeVisible()
    expect((await read(request, q.path)).html).not.toContain(text)
    await page.goto('/moderation')
    await expect(page.getByRole('listitem').filter({ hasText: text })).toContainText('Waiting for approval')
    await visitor.context().close()
  } finally {
    await withDb((db) =>
      before === null
        ? db.query(`delete from settings where key = 'moderation'`)
        : db.query(`update settings set value = $1 where key = 'moderation'`, [before]),
    )
  }
})
