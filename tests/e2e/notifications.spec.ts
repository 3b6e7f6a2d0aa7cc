import { expect, test } from './fixtures'
import { withDb } from './support/db'
import { createMember, linkIn, signInWithPassword, waitForMail } from './support/members'
import { siteUrl } from './fixtures'

test('a member follows a tag, another asks in it: inbox, mail, and the mail’s unsubscribe link', async ({
  browser,
  paths,
}) => {
  test.setTimeout(90_000)
  const tagName = decodeURIComponent(paths.tag.split('/').pop()!)
  const follower = await createMember('Tag Follower')
  const asker = await createMember('Tag Asker')
  const followerContext = await browser.newContext()
  const page = await followerContext.newPage()
  await signInWithPassword(page, follower)
  await page.waitForURL(`${siteUrl()}/`)

  // Mail at once for followed tags (the default is a daily digest), then follow the tag.
  await page.goto('/settings/notifications')
  await page.getByRole('group', { name: 'Categories, tags and people you follow' }).getByLabel('At once').check()
  await page.getByRole('button', { name: 'Save email settings' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible()
  await page.goto(paths.tag)
  await page.getByLabel('Follow this tag').selectOption('watching')
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Watching' })).toBeVisible()

  // Another member asks a question with that tag.
  const askerContext = await browser.newContext()
  const askerPage = await askerContext.newPage()
  await signInWithPassword(askerPage, asker)
  await askerPage.waitForURL(`${siteUrl()}/`)
  const title = `A question for the followers of ${tagName} ${Date.now()}`
  await askerPage.goto('/ask')
  await askerPage.getByRole('textbox', { name: 'Your question' }).fill(title)
  await askerPage.getByLabel('Category').selectOption({ index: 1 })
  await askerPage.getByRole('textbox', { name: 'Tags (optional)' }).fill(tagName)
  await askerPage.getByRole('button', { name: 'Post your question' }).click()
  await askerPage.waitForURL(/\/\d+\/a-question-for-the-followers/)
  const threadPath = new URL(askerPage.url()).pathname
  await askerContext.close()

  // The follower's inbox has it, with the unread count in the header.
  await page.goto('/')
  await expect(page.getByRole('link', { name: /Inbox\s*1 unread/ })).toBeVisible()
  await page.getByRole('link', { name: /Inbox/ }).click()
  const item = page.getByRole('link', { name: new RegExp(`New question: “${title}”`) })
  await expect(item).toBeVisible()
  await item.click()
  await page.waitForURL(new RegExp(`${threadPath}$`))

  // And the mail arrived through the SMTP server, with a working unsubscribe link.
  const mail = await waitForMail(follower.email)
  expect(mail.replace(/=\r?\n/g, '')).toContain(title.slice(0, 30))
  expect(mail).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click/m)
  const unsubscribe = linkIn(mail, `${siteUrl()}/unsubscribe/`)
  const anonymous = await browser.newContext()
  const unsubscribePage = await anonymous.newPage()
  await unsubscribePage.goto(unsubscribe)
  await expect(
    unsubscribePage.getByText('This stops email about the categories, tags and people you follow.'),
  ).toBeVisible()
  await unsubscribePage.getByRole('button', { name: 'Unsubscribe' }).click()
  await expect(unsubscribePage.getByRole('status')).toHaveText(
    /Done: you will get no more email about the categories, tags and people you follow/,
  )
  const prefs = await withDb(
    async (db) =>
      (await db.query('select email_followed::text as e from users where id = $1', [follower.id])).rows[0].e,
  )
  expect(prefs).toBe('never')
  await anonymous.close()
  await followerContext.close()
})
