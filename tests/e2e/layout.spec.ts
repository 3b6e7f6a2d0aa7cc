import type { Page } from '@playwright/test'
import { expect, test, THERAPIST_TITLE } from './fixtures'
import { ThreadPage } from './pages/thread-page'

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 3 })

async function expectNoHorizontalScroll(page: Page) {
  const { scrollWidth, clientWidth, widest } = await page.evaluate(() => {
    const root = document.documentElement
    // The element reaching furthest right, to name the culprit if the page scrolls sideways.
    let widest = ''
    let right = root.clientWidth
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect().right
      if (r > right + 0.5) {
        right = r
        widest = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${String(el.className).split(' ').slice(0, 3).join('.')} (right edge ${Math.round(r)}px)`
      }
    }
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, widest }
  })
  expect(clientWidth).toBe(390)
  expect(scrollWidth, `the page scrolls sideways: ${widest}`).toBeLessThanOrEqual(clientWidth)
}

test.describe('phone layout, 390 px wide', () => {
  test('the thread page does not scroll sideways and shows the title and best answer', async ({ page, paths }) => {
    const thread = new ThreadPage(page)
    await thread.goto(paths.thread)
    await expect(thread.title).toHaveText(THERAPIST_TITLE)
    await expect(thread.title).toBeInViewport()
    await expect(thread.answers.first()).toHaveAccessibleName(/^Best answer by /)
    await expectNoHorizontalScroll(page)
  })

  test('the home page does not scroll sideways', async ({ page }) => {
    const response = await page.goto('/')
    expect(response?.status()).toBe(200)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expectNoHorizontalScroll(page)
  })

  test('a category page does not scroll sideways', async ({ page, paths }) => {
    const response = await page.goto(paths.category)
    expect(response?.status()).toBe(200)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expectNoHorizontalScroll(page)
  })
})
