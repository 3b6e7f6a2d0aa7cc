import { expect, getOk, siteUrl, test, THERAPIST_TITLE } from './fixtures'

// The thread must read completely as server-rendered HTML: search engines, reader modes, slow phones.
test.use({ javaScriptEnabled: false })

test.describe('thread page without JavaScript', () => {
  test.beforeEach(async ({ threadPage, paths }) => {
    await threadPage.goto(paths.thread)
  })

  test('shows the title, the question body and every answer', async ({ page, threadPage }) => {
    await expect(threadPage.title).toHaveText(THERAPIST_TITLE)
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1)

    const question = threadPage.question(THERAPIST_TITLE)
    await expect(question).toContainText('What exactly is the therapist-patient relationship supposed to be?')
    await expect(question).toContainText('Does it matter if therapy has ended?')

    const stated = await threadPage.statedAnswerCount()
    expect(stated, 'the demo thread has answers').toBeGreaterThan(1)
    await expect(threadPage.answers).toHaveCount(stated)
    for (const answer of await threadPage.answers.all()) {
      await expect(answer).toHaveId(/^a\d+$/)
      expect((await answer.innerText()).trim().length, 'answer has a body').toBeGreaterThan(40)
    }
  })

  test('answers have #a{id} anchors that scroll to them', async ({ page, threadPage, paths }) => {
    const ids = await threadPage.answerIds()
    expect(ids.length).toBeGreaterThan(1)
    for (const id of ids) expect(id).toMatch(/^a\d+$/)
    expect(new Set(ids).size, 'answer ids are unique').toBe(ids.length)

    const last = ids.at(-1)!
    await page.goto(`${paths.thread}#${last}`)
    await expect(page.locator(`#${last}`)).toBeInViewport()
  })

  test('the best answer comes first and is marked', async ({ threadPage }) => {
    const answers = threadPage.answers
    await expect(answers.first()).toHaveAccessibleName(/^Best answer by /)
    await expect(answers.first()).toContainText('Best answer')
    await expect(answers.first()).toContainText('Short answer: no.')
    const count = await answers.count()
    for (let i = 1; i < count; i++) {
      await expect(answers.nth(i)).toHaveAccessibleName(/^Answer by /)
      await expect(answers.nth(i)).not.toContainText('Best answer')
    }
  })

  test('has a breadcrumb from Home through the category chain', async ({ threadPage, paths }) => {
    const crumbs = threadPage.breadcrumb.getByRole('listitem')
    await expect(crumbs.first()).toHaveText('Home')
    await expect(threadPage.breadcrumb.getByRole('link', { name: 'Home', exact: true })).toHaveAttribute('href', '/')
    // Home, the top category, then the thread's own category (psychotherapy/therapy-ethics in the demo data).
    await expect(crumbs).toHaveCount(3)
    const parentPath = paths.category.split('/').slice(0, -1).join('/')
    await expect(threadPage.breadcrumb.getByRole('link', { name: 'Psychotherapy', exact: true })).toHaveAttribute(
      'href',
      parentPath,
    )
    await expect(crumbs.last()).toContainText('Therapy ethics')
  })

  // The thread is the current page, so every crumb above it, the category included, is a link.
  test('the category crumb links back to the category and is not the current page', async ({ threadPage, paths }) => {
    const category = threadPage.breadcrumb.getByRole('link', { name: 'Therapy ethics', exact: true })
    await expect(category).toHaveAttribute('href', paths.category)
    await expect(category).not.toHaveAttribute('aria-current', 'page')
  })

  test('head: exactly one h1, canonical URL, description, Open Graph and Twitter card', async ({
    page,
    threadPage,
    paths,
    request,
  }) => {
    await expect(page.locator('h1')).toHaveCount(1)
    const threadUrl = `${siteUrl()}${paths.thread}`
    expect(await threadPage.canonical()).toBe(threadUrl)
    expect(page.url()).toBe(threadUrl)

    const description = await threadPage.metaName('description')
    expect(description, 'meta description').toBeTruthy()
    expect(description!.length, `description "${description}"`).toBeLessThanOrEqual(155)
    expect(description!.length).toBeGreaterThan(50)
    expect(description).toContain('studying social work')

    expect(await threadPage.metaProperty('og:title')).toBe(THERAPIST_TITLE)
    expect(await threadPage.metaName('twitter:card')).toBeTruthy()
    const ogImage = await threadPage.metaProperty('og:image')
    expect(ogImage, 'og:image').toBeTruthy()
    expect(ogImage!.startsWith(`${threadUrl}/`), `og:image ${ogImage} is absolute, under the thread`).toBe(true)

    const image = await getOk(request, ogImage!)
    expect(image.headers()['content-type']).toBe('image/png')
    const bytes = await image.body()
    expect(bytes.subarray(1, 4).toString('latin1'), 'PNG signature').toBe('PNG')
  })
})
