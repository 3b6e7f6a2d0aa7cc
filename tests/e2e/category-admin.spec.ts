import { expect, test, type APIRequestContext, type Page } from '@playwright/test'
import { siteUrl } from './fixtures'
import { withDb } from './support/db'
import { createMember, signInWithPassword } from './support/members'

// Runs in the "admin" project, after every other spec: a category change re-renders every page.

const read = async (request: APIRequestContext, path: string) => (await request.get(path)).text()

/** A row of the admin tree, by the category's name. */
const rowNamed = (page: Page, name: string) =>
  page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2, name, exact: true }) })

test('an admin creates, renames and reorders a category without JavaScript; anonymous readers see it', async ({
  browser,
  request,
}) => {
  const admin = await createMember('Category Admin', 'admin')
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await signInWithPassword(page, admin)
  await page.waitForURL(`${siteUrl()}/`)
  await page.goto('/admin/categories')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Categories')
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/)
  const name = `Loneliness ${Date.now().toString(36)}`

  // A taken address: said next to the field, and nothing is created.
  const taken = await withDb(
    async (db) =>
      (await db.query<{ slug: string }>(`select slug from categories where depth = 1 order by id limit 1`)).rows[0]!
        .slug,
  )
  let create = page.locator('#new-category')
  await create.getByLabel('Name', { exact: true }).fill(name)
  await create.getByLabel(/^Address/).fill(taken)
  await create.getByRole('button', { name: 'Create category' }).click()
  await expect(page.locator('#new-category-slug-error')).toHaveText('A category with this address already exists here.')
  await expect(page.locator('#new-category-slug')).toHaveAttribute('aria-invalid', 'true')
  await expect(rowNamed(page, name)).toHaveCount(0)
  // What was typed is still there to correct.
  create = page.locator('#new-category')
  await expect(create.getByLabel('Name', { exact: true })).toHaveValue(name)
  await expect(create.getByLabel(/^Address/)).toHaveValue(taken)

  // The address left empty is made from the name.
  await create.getByLabel(/^Address/).fill('')
  await create.getByRole('button', { name: 'Create category' }).click()
  const row = rowNamed(page, name)
  await expect(row.getByRole('status')).toHaveText('Category created.')
  await expect(row.getByRole('link', { name: `/categories/${name.toLowerCase().replace(' ', '-')}` })).toBeVisible()
  await expect
    .poll(async () => (await read(request, '/categories')).includes(name), { intervals: [100], timeout: 15_000 })
    .toBe(true)

  const renamed = `${name} and isolation`
  await row.getByText('Rename, move or merge').click()
  await row.getByLabel('Name', { exact: true }).fill(renamed)
  await row.getByRole('button', { name: `Save ${name}` }).click()
  const renamedRow = rowNamed(page, renamed)
  await expect(renamedRow.getByRole('status')).toHaveText('Saved.')
  await expect
    .poll(async () => (await read(request, '/categories')).includes(renamed), { intervals: [100], timeout: 15_000 })
    .toBe(true)

  // A new address: the old one (page, later pages, feed) leads there permanently,.
  const oldSlug = name.toLowerCase().replace(' ', '-')
  await rowNamed(page, renamed).getByText('Rename, move or merge').click()
  await rowNamed(page, renamed)
    .getByLabel(/^Address/)
    .fill(`${oldSlug}-and-isolation`)
  await rowNamed(page, renamed)
    .getByRole('button', { name: `Save ${renamed}` })
    .click()
  await expect(rowNamed(page, renamed).getByRole('status')).toHaveText('Saved.')
  const location = async (path: string) => {
    const response = await request.get(path, { maxRedirects: 0 })
    // Next answers a permanent redirect from a page with 301 (crawlers treat 301 and 308 alike).
    return `${[301, 308].includes(response.status()) ? 'moved' : response.status()} ${response.headers()['location'] ?? ''}`
  }
  await expect
    .poll(() => location(`/categories/${oldSlug}`), { intervals: [100], timeout: 15_000 })
    .toBe(`moved /categories/${oldSlug}-and-isolation`)
  expect(await location(`/categories/${oldSlug}/page/2`)).toBe(`moved /categories/${oldSlug}-and-isolation/page/2`)
  expect(await location(`/feeds/categories/${oldSlug}.atom`)).toBe(
    `moved /feeds/categories/${oldSlug}-and-isolation.atom`,
  )
  expect((await request.get(`/categories/${oldSlug}`)).url()).toBe(`${siteUrl()}/categories/${oldSlug}-and-isolation`)
  expect((await request.get(`/categories/${oldSlug}-never-was`)).status()).toBe(404)

  // A new category comes last at the top level; Up moves it above its neighbour.
  await renamedRow.getByRole('button', { name: `Move ${renamed} up` }).click()
  await expect(rowNamed(page, renamed).getByRole('status')).toHaveText('Order changed.')

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
  await expect(page.getByRole('button', { name: 'Create category' })).toHaveCount(0)
  await context.close()
})
