import { expect, test, type APIRequestContext } from '@playwright/test'
import { siteUrl } from './fixtures'
import { withDb } from './support/db'
import { createMember, signInWithPassword } from './support/members'

// Runs in the "admin" project, after every other spec: a category change re-renders every thread.

const read = async (request: APIRequestContext, path: string) => (await request.get(path)).text()

test('an admin creates, renames and reorders a category without JavaScript; readers see it within a second', async ({ browser, request }) => {
  const admin = await createMember('Category Admin', 'admin')
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await signInWithPassword(page, admin)
  await page.waitForURL(`${siteUrl()}/`)
  await page.goto('/admin/categories')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Categories')
  const name = `Loneliness ${Date.now().toString(36)}`

  // An address that is taken: told so next to the field, nothing created.
  const taken = await withDb(async (db) => (await db.query<{ slug: string }>(`select slug from categories where depth = 1 order by id limit 1`)).rows[0]!.slug)
  const create = page.locator('#new-category')
  await create.getByLabel('Name', { exact: true }).fill(name)
  await create.getByLabel(/^Address/).fill(taken)
  await create.getByRole('button', { name: 'Create category' }).click()
  await expect(page.locator('#new-category-slug-error')).toHaveText('A category with this address already exists here.')

  await page.locator('#new-category').getByLabel(/^Address/).fill('')
  await page.locator('#new-category').getByLabel('Name', { exact: true }).fill(name)
  await page.locator('#new-category').getByRole('button', { name: 'Create category' }).click()
  const row = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: new RegExp(name) }) })
  await expect(row.getByRole('status')).toHaveText('Category created.')
  await expect.poll(async () => (await read(request, '/categories')).includes(name), { intervals: [100], timeout: 1_000 }).toBe(true)

  const renamed = `${name} and isolation`
  await row.getByText('Rename, move or merge').click()
  await row.getByLabel('Name', { exact: true }).fill(renamed)
  await row.getByRole('button', { name: /^Save / }).click()
  const renamedRow = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: new RegExp(renamed) }) })
  await expect(renamedRow.getByRole('status')).toHaveText('Saved.')
  await expect.poll(async () => (await read(request, '/categories')).includes(renamed), { intervals: [100], timeout: 1_000 }).toBe(true)

  // Newest is last at the top level; Up moves it before its neighbour.
  await renamedRow.getByRole('button', { name: `Move ${renamed} up` }).click()
  await expect(page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: new RegExp(renamed) }) }).getByRole('status')).toHaveText('Order changed.')
  await page.goto('/moderation/audit?action=category_update')
  await expect(page.getByRole('row').filter({ hasText: 'Category Admin' }).first()).toBeVisible()
  await context.close()
})

test('a moderator is told the categories are for admins only', async ({ browser }) => {
  const moderator = await createMember('Category Moderator', 'moderator')
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await signInWithPassword(page, moderator)
  await page.waitForURL(`${siteUrl()}/`)
  await page.goto('/admin/categories')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('For admins only')
  await context.close()
})
