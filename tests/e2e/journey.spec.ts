import { expect, test, type Browser, type Page } from '@playwright/test'
import { siteUrl } from './fixtures'
import { createMember, type TestMember } from './support/members'

async function signedIn(browser: Browser, member: TestMember): Promise<Page> {
  const page = await (await browser.newContext()).newPage()
  await page.goto('/sign-in')
  await page.getByRole('textbox', { name: 'Email' }).first().fill(member.email)
  await page.getByRole('textbox', { name: 'Password' }).fill(member.password)
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await page.waitForURL(`${siteUrl()}/`)
  return page
}

/** What a fresh anonymous reader gets for a URL, right now. */
async function anonymousHtml(browser: Browser, path: string): Promise<string> {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const html = await (await context.request.get(path)).text()
  await context.close()
  return html
}

test('ask → answer → comment → vote → accept → edit → history → close as duplicate', async ({ browser }) => {
  test.setTimeout(90_000)
  const stamp = Date.now()
  const asker = await signedIn(browser, await createMember('Asking Member'))
  const helper = await signedIn(browser, await createMember('Helping Member'))
  const moderator = await signedIn(browser, await createMember('Mod Member', 'moderator'))

  // Ask
  await asker.goto('/ask')
  const title = `How do I stop overthinking at night ${stamp}?`
  await asker.getByRole('textbox', { name: 'Your question' }).fill(title)
  await asker.getByRole('textbox', { name: 'Details (optional)' }).fill('My mind races as soon as the lights go off.')
  await asker.getByLabel('Category').selectOption({ index: 1 })
  await asker.getByRole('textbox', { name: 'Tags (optional)' }).fill('sleep')
  await asker.getByRole('button', { name: 'Post your question' }).click()
  await asker.waitForURL(/\/\d+\/how-do-i-stop-overthinking/)
  const threadPath = new URL(asker.url()).pathname
  expect(await anonymousHtml(browser, threadPath)).toContain(title)
  expect(await anonymousHtml(browser, '/questions')).toContain(title)

  // Answer
  await helper.goto(threadPath)
  const answerText = `Write the thoughts down, then close the notebook (${stamp}).`
  await helper.locator('#answer-form').getByRole('textbox', { name: 'Your answer' }).fill(answerText)
  await helper.getByRole('button', { name: 'Post your answer' }).click()
  await helper.waitForURL(/#a\d+$/)
  const answerId = new URL(helper.url()).hash.slice(1)
  expect(await anonymousHtml(browser, threadPath)).toContain(answerText)

  // Comment, vote and accept as the asker
  await asker.goto(threadPath)
  const answer = asker.locator(`#${answerId}`)
  await answer.getByText('Add a comment').click()
  await answer.getByRole('textbox', { name: 'Your comment' }).fill('Thank you, trying it tonight.')
  await answer.getByRole('button', { name: 'Post comment' }).click()
  await asker.waitForURL(/#c\d+$/)
  await answer.getByRole('button', { name: 'Vote up' }).click()
  await expect(answer.locator('output')).toHaveText('1')
  await answer.getByRole('button', { name: 'Mark as best answer' }).click()
  await expect(answer.getByRole('button', { name: 'Unmark as best answer' })).toBeVisible()
  await expect.poll(async () => (await anonymousHtml(browser, threadPath)).includes('Best answer')).toBe(true)
  const html = await anonymousHtml(browser, threadPath)
  expect(html).toContain('Thank you, trying it tonight.')
  expect(html).toContain('"acceptedAnswer"')

  // Edit and history
  await asker.getByRole('article').first().getByRole('link', { name: 'Edit', exact: true }).click()
  await asker.waitForURL(/\/posts\/\d+\/edit/)
  await asker
    .getByRole('textbox', { name: 'Details' })
    .fill('My mind races as soon as the lights go off, every single night.')
  await asker.getByRole('textbox', { name: 'Edit summary (optional)' }).fill('more detail')
  await asker.getByRole('button', { name: 'Save edits' }).click()
  await asker.waitForURL(new RegExp(`${threadPath}$`))
  await expect(asker.getByText(/edited .* by Asking Member/)).toBeVisible()
  expect(await anonymousHtml(browser, threadPath)).toContain('every single night')
  await asker.getByRole('link', { name: /edited .* by Asking Member/ }).click()
  await expect(asker.getByRole('heading', { name: 'Revision 2' })).toBeVisible()
  await expect(asker.locator('ins').filter({ hasText: 'every single night' })).toBeVisible()

  // Close as a duplicate (moderator)
  await moderator.goto(threadPath)
  await moderator.getByText('Close', { exact: true }).click()
  const demoTarget = (await moderator
    .goto('/questions/votes')
    .then(() =>
      moderator.getByRole('main').getByRole('heading', { level: 2 }).getByRole('link').first().getAttribute('href'),
    ))!
  await moderator.goto(threadPath)
  await moderator.getByText('Close', { exact: true }).click()
  await moderator.getByLabel('Duplicate of (number or link)').fill(demoTarget)
  await moderator.getByRole('button', { name: 'Close the question' }).click()
  await expect(moderator.getByText('Closed as a duplicate of')).toBeVisible()
  await expect(moderator.getByRole('button', { name: 'Reopen' })).toBeVisible()
  const closed = await anonymousHtml(browser, threadPath)
  expect(closed).toContain('Closed as a duplicate of')
  expect(closed).toContain(`href="${demoTarget}"`)
})
