import { expect, test } from '@playwright/test'
import { answersOn, createOwnQuestion } from './support/db'

const unique = () => `${Date.now()}-${Math.floor(Math.random() * 1e6)}`

for (const javaScriptEnabled of [true, false]) {
  test.describe(`answering anonymously with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled })

    test('posts the answer, lands on its anchor, and every reader sees it at once', async ({ page, browser }) => {
      const q = await createOwnQuestion(`An e2e question to answer ${unique()}`)
      await page.goto(q.path)
      const text = `Breathing slowly helped me a lot (${unique()}).`
      await page.locator('#answer-form').getByRole('textbox', { name: 'Your answer' }).fill(text)
      await page.locator('#answer-form').getByLabel('Your name to display (optional)').fill('e2e-helper')
      await page
        .locator('#answer-form')
        .getByLabel(/Email me at this address/)
        .fill('helper@example.org')
      await page.getByRole('button', { name: 'Post your answer' }).click()
      await page.waitForURL(/#a\d+$/)
      const anchor = new URL(page.url()).hash.slice(1)
      await expect(page.locator(`#${anchor}`)).toContainText(text)
      await expect(page.locator(`#${anchor}`)).toContainText('e2e-helper')
      await expect(page.locator('body')).not.toContainText('helper@example.org')

      // A different, anonymous reader: fresh at once, then served from the cache again (polled: a
      // parallel test retitling a question may expire the links beside every thread in between).
      const reader = await browser.newContext({ javaScriptEnabled: false })
      const first = await reader.request.get(q.path)
      expect(await first.text()).toContain(text)
      await expect
        .poll(async () => (await reader.request.get(q.path)).headers()['x-nextjs-cache'], { timeout: 5_000 })
        .toBe('HIT')
      await reader.close()

      expect(await answersOn(q.id)).toEqual([{ body: text, anon_name: 'e2e-helper', anon_email: 'helper@example.org' }])
    })

    test('shows what is wrong next to each field and stores nothing', async ({ page }) => {
      const q = await createOwnQuestion(`An e2e question for bad input ${unique()}`)
      await page.goto(q.path)
      await page.locator('#answer-form').getByRole('textbox', { name: 'Your answer' }).fill('short')
      await page
        .locator('#answer-form')
        .getByLabel(/Email me at this address/)
        .fill('not-an-email')
      const [response] = await Promise.all([
        page.waitForResponse((r) => r.request().method() === 'POST'),
        page.getByRole('button', { name: 'Post your answer' }).click(),
      ])
      expect(response.status()).toBe(200)
      const answer = page.locator('#answer-form').getByRole('textbox', { name: 'Your answer' })
      await expect(
        page.locator(`#${await answer.getAttribute('aria-describedby').then((ids) => ids!.split(' ')[0])}`),
      ).toHaveText(/a little short/)
      await expect(page.locator('#answer-form #anonEmail-error')).toHaveText('That email address does not look right.')
      expect(await answersOn(q.id)).toEqual([])
    })
  })
}

test('a filled honeypot stores nothing', async ({ page }) => {
  const q = await createOwnQuestion(`An e2e question for the honeypot ${unique()}`)
  await page.goto(q.path)
  await page
    .locator('#answer-form')
    .getByRole('textbox', { name: 'Your answer' })
    .fill('Buy cheap things at my shop today, friends.')
  await page
    .locator('#answer-form input[name="website"]')
    .evaluate((el: HTMLInputElement) => (el.value = 'https://spam.example'))
  await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST'),
    page.getByRole('button', { name: 'Post your answer' }).click(),
  ])
  expect(await answersOn(q.id)).toEqual([])
})
