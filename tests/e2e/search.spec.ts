import { expect, test, THERAPIST_TITLE, siteUrl } from './fixtures'

test('searching from the header finds a thread and opens it; results are not indexed', async ({ page }) => {
  await page.goto('/')
  const box = page.getByRole('search').getByRole('searchbox', { name: 'Search questions' })
  await box.fill('therapist dating a patient')
  await box.press('Enter')
  await page.waitForURL(/\/search\?q=therapist/)
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/)
  const result = page.getByRole('main').getByRole('link', { name: THERAPIST_TITLE, exact: true })
  await expect(result).toBeVisible()
  await expect(page.getByRole('main').locator('mark').first()).toBeVisible()
  await result.click()
  await expect(page.getByRole('heading', { level: 1, name: THERAPIST_TITLE })).toBeVisible()
})

test('filters narrow the results, and a bad filter is explained next to its field', async ({ page }) => {
  await page.goto('/search?q=therapist&status=accepted&from=not-a-date')
  await expect(page.getByLabel('Asked from')).toHaveAccessibleDescription(/date like 2026-01-31/)
  await expect(page.getByRole('main').getByRole('link', { name: THERAPIST_TITLE, exact: true })).toBeVisible()
  await page.goto('/search?q=therapist&status=unanswered')
  await expect(page.getByRole('main').getByRole('link', { name: THERAPIST_TITLE, exact: true })).toHaveCount(0)
})

test('hostile searches get a page, not an error', async ({ request }) => {
  for (const q of ['"', '&&& !!!', '😀', 'x'.repeat(10_000), '', 'the of and']) {
    const response = await request.get(`/search?q=${encodeURIComponent(q)}`)
    expect(response.status(), JSON.stringify(q.slice(0, 20))).toBe(200)
  }
})

test('browsers can add the site search (OpenSearch)', async ({ page, request }) => {
  await page.goto('/')
  await expect(page.locator('link[rel="search"]')).toHaveAttribute('href', '/opensearch.xml')
  const response = await request.get('/opensearch.xml')
  expect(response.headers()['content-type']).toContain('application/opensearchdescription+xml')
  expect(await response.text()).toContain(`template="${siteUrl()}/search?q={searchTerms}"`)
})

test('while a question is typed on the ask page, similar questions appear under the title', async ({ page }) => {
  await page.goto('/ask')
  await page
    .getByRole('textbox', { name: 'Your question' })
    .pressSequentially('Can my therapist date me after therapy ends?', { delay: 10 })
  const similar = page.getByRole('region', { name: 'Similar questions that may already have your answer' })
  await expect(similar.getByRole('link', { name: THERAPIST_TITLE, exact: true })).toBeVisible()
})

test('/unanswered lists questions without answers newest first, or by votes under its own tab', async ({ page }) => {
  const scores = async () =>
    // Each row's one-line summary ("3 votes · 0 answers"), a paragraph of its own.
    page
      .getByRole('main')
      .locator('li p')
      .evaluateAll((ps) =>
        ps
          .map((p) => /^(-?\d+) votes? ·/.exec((p.textContent ?? '').trim())?.[1])
          .filter((s): s is string => s !== undefined)
          .map(Number),
      )
  await page.goto('/unanswered')
  await expect(page.getByRole('link', { name: 'Newest' })).toHaveAttribute('aria-current', 'page')
  await expect(page.getByRole('main')).not.toContainText(/· [1-9]\d* answers?/)
  await page.getByRole('link', { name: 'Most votes' }).click()
  await expect(page).toHaveURL(/\/unanswered\/votes$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Unanswered questions: most votes')
  const byVotes = await scores()
  expect(byVotes.length).toBeGreaterThan(1)
  expect(byVotes).toEqual([...byVotes].sort((a, b) => b - a))
  expect((await page.request.get('/unanswered/oldest')).status()).toBe(404)
})
