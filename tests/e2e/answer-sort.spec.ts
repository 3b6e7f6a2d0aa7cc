import { expect, test } from './fixtures'

const answerTimes = async (page: import('@playwright/test').Page) =>
  page
    .locator('section[aria-labelledby="answers-heading"] article[id^="a"]')
    .evaluateAll((articles) => articles.map((a) => a.querySelector('time')?.getAttribute('datetime') ?? ''))

test('answers re-order by date in the browser, and the static order comes back with "Votes"', async ({
  page,
  paths,
}) => {
  await page.goto(paths.thread)
  const sort = page.getByRole('group', { name: 'Sort answers by' })
  await expect(sort.getByRole('button', { name: 'Votes' })).toHaveAttribute('aria-pressed', 'true')
  const byVotes = await answerTimes(page)
  expect(byVotes.length).toBeGreaterThan(1)

  await sort.getByRole('button', { name: 'Oldest' }).click()
  const oldest = await answerTimes(page)
  expect(oldest).toEqual([...byVotes].sort())

  await sort.getByRole('button', { name: 'Newest' }).click()
  expect(await answerTimes(page)).toEqual([...byVotes].sort().reverse())

  await sort.getByRole('button', { name: 'Votes' }).click()
  expect(await answerTimes(page)).toEqual(byVotes)
})

test('without JavaScript there is no sort control, and answers keep the page order', async ({ browser, paths }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto(paths.thread)
  await expect(page.getByRole('group', { name: 'Sort answers by' })).toHaveCount(0)
  expect((await answerTimes(page)).length).toBeGreaterThan(1)
  await context.close()
})
