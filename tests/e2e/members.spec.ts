import { expect, test } from '@playwright/test'
import { siteUrl } from './fixtures'
import { createOwnQuestion, withDb } from './support/db'
import { createMember, linkIn, signInWithPassword, waitForMail } from './support/members'

const votesBy = (userId: number, postId: number) =>
  withDb(async (db) =>
    (
      await db.query<{ value: number }>('select value from votes where user_id = $1 and post_id = $2', [userId, postId])
    ).rows.map((r) => r.value),
  )

test('a wrong password and an unknown email get the same answer', async ({ page }) => {
  const member = await createMember('Wrong Password')
  await signInWithPassword(page, { email: member.email, password: 'not-the-password' })
  const message = page.getByText('That email and password do not match')
  await expect(message).toBeVisible()
  await signInWithPassword(page, { email: `nobody-${Date.now()}@members.test`, password: 'whatever-it-is' })
  await expect(message).toBeVisible()
})

test('guesses sent straight to Auth.js’s own endpoint hold the sign-in form too, and the owner is told how to get in', async ({
  page,
  request,
}) => {
  const member = await createMember('Guessed At')
  const codes: string[] = []
  for (let i = 0; i < 12; i++) {
    const { csrfToken } = (await (await request.get('/api/auth/csrf')).json()) as { csrfToken: string }
    const response = await request.post('/api/auth/callback/credentials', {
      form: { csrfToken, email: member.email, password: `a-guess-${i}` },
      maxRedirects: 0,
    })
    codes.push(new URL(response.headers().location ?? '', siteUrl()).searchParams.get('code') ?? '')
  }
  expect(codes.filter((c) => c === 'invalid').length).toBeGreaterThanOrEqual(10)
  expect(codes).toContain('rate_limited')
  // Counted in the database, where the form looks too: as it would stand after a few more hours of
  // guessing (the delay doubles each time), the right password through our own form is held.
  const held = await withDb(
    async (db) =>
      (
        await db.query(
          `update sign_in_throttles set next_attempt_at = now() + interval '10 minutes' where key = $1 returning failures`,
          [`account:${member.email.toLowerCase()}`],
        )
      ).rows,
  )
  expect(held).toHaveLength(1)
  await signInWithPassword(page, member)
  await expect(
    page.getByText(
      /Too many wrong passwords for this account\. Try again in 10 minutes, or sign in with a link by email\./,
    ),
  ).toBeVisible()
  await expect(page).toHaveURL(/\/sign-in/)
})

for (const javaScriptEnabled of [true, false]) {
  test(`a member signs in with a password and votes, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled })
    const page = await context.newPage()
    const member = await createMember(`Voter ${javaScriptEnabled ? 'JS' : 'HTML'}`)
    await signInWithPassword(page, member)
    await page.waitForURL(`${siteUrl()}/`)
    const q = await createOwnQuestion(`A question to vote on ${Date.now()}`)
    await page.goto(q.path)
    const votes = page.getByRole('form', { name: 'Vote on the question' })
    await votes.getByRole('button', { name: 'Vote up' }).click()
    if (javaScriptEnabled) await expect(votes.locator('output')).toHaveText('1')
    else await page.waitForURL(new RegExp(`${q.path}$`))
    await expect.poll(() => votesBy(member.id, q.id)).toEqual([1])
    // With JavaScript the page's cache expires just after the vote's response: readers get the new
    // score within the second they are promised, and so does the voter's next page load.
    const scoreInPage = async () =>
      /aria-busy="false">(-?\d+)</.exec(await (await page.request.get(q.path)).text())?.[1]
    await expect.poll(scoreInPage, { intervals: [50], timeout: 15_000 }).toBe('1')
    await page.reload()
    await expect(votes.locator('output')).toHaveText('1')
    await context.close()
  })
}

test('an anonymous vote without JavaScript goes to the sign-in page', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  const q = await createOwnQuestion(`A question for an anonymous vote ${Date.now()}`)
  await page.goto(q.path)
  await page.getByRole('form', { name: 'Vote on the question' }).getByRole('button', { name: 'Vote up' }).click()
  await page.waitForURL(/\/sign-in\?callbackUrl=/)
  await context.close()
})

test('a new member signs up by magic link through a real SMTP server', async ({ page }) => {
  const email = `link-${Date.now()}@members.test`
  await page.goto('/sign-in')
  await page.locator('#link-email').fill(email)
  await page.getByRole('button', { name: 'Email me a sign-in link' }).click()
  await page.waitForURL(/\/sign-in\/check-email|\/api\/auth\/verify-request/)
  const link = linkIn(await waitForMail(email), siteUrl())
  await page.goto(link)
  await expect(page.getByRole('banner').getByRole('link', { name: 'Inbox' })).toBeVisible()
})
