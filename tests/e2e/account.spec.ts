import { expect, test, type APIRequestContext } from '@playwright/test'
import { siteUrl } from './fixtures'
import { createOwnQuestion, withDb } from './support/db'
import { createMember, signInWithPassword } from './support/members'

/** A post written straight into the database by `authorId`, on a new question of its own. */
async function answerBy(authorId: number, body: string) {
  const q = await createOwnQuestion(`A thread for account tests ${Date.now()}`)
  const answerId = await withDb(async (db) => {
    const { rows } = await db.query<{ id: number }>(
      'insert into answers (question_id, author_id, body) values ($1, $2, $3) returning id',
      [q.id, authorId, body],
    )
    await db.query('update questions set answer_count = answer_count + 1 where id = $1', [q.id])
    return rows[0]!.id
  })
  return { ...q, answerId }
}

/** What an anonymous reader (no cookies: Playwright's `request` fixture) gets for `path`. */
async function anonymousView(request: APIRequestContext, path: string) {
  const response = await request.get(path)
  return { html: await response.text(), cache: response.headers()['x-nextjs-cache'] }
}

test('a member renames themself in settings and every reader sees the new name', async ({ page, request }) => {
  const member = await createMember('Before Rename')
  const thread = await answerBy(member.id, 'An answer whose author will change their name.')
  expect((await anonymousView(request, thread.path)).html).toContain('Before Rename')

  await signInWithPassword(page, member)
  await page.waitForURL(`${siteUrl()}/`)
  await page.goto('/settings')
  await expect(page.getByText(member.email)).toBeVisible()

  // A taken handle is refused next to its field, and the name stays as it was.
  const taken = await createMember('Handle Owner')
  const takenHandle = await withDb(
    async (db) =>
      (await db.query<{ handle: string }>('select handle from users where id = $1', [taken.id])).rows[0]!.handle,
  )
  await page.getByRole('textbox', { name: 'Display name' }).fill('After Rename')
  await page.getByRole('textbox', { name: 'Handle' }).fill(takenHandle.toUpperCase())
  await page.getByRole('button', { name: 'Save profile' }).click()
  await expect(page.getByRole('textbox', { name: 'Handle' })).toHaveAccessibleDescription(/taken/)
  expect(
    await withDb(
      async (db) => (await db.query('select display_name from users where id = $1', [member.id])).rows[0].display_name,
    ),
  ).toBe('Before Rename')

  const handle = `renamed-${Date.now().toString(36)}`
  await page.getByRole('textbox', { name: 'Handle' }).fill(handle)
  await page.getByRole('button', { name: 'Save profile' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible()
  await expect
    .poll(async () => (await anonymousView(request, thread.path)).html.includes('After Rename'), {
      intervals: [100],
      timeout: 15_000,
    })
    .toBe(true)
  expect((await anonymousView(request, thread.path)).cache).toBe('HIT')
  await expect(page.locator('header details summary')).toContainText('After Rename')
  await expect(page.locator('header a', { hasText: 'Your profile' })).toHaveAttribute(
    'href',
    `/users/${member.id}/${handle}`,
  )
})

test('a member changes their password: the wrong current one is refused next to its field, and no password comes back', async ({
  page,
}) => {
  const member = await createMember('Password Changer')
  await signInWithPassword(page, member)
  await page.waitForURL(`${siteUrl()}/`)
  await page.goto('/settings')
  // Everything the server sends back after a post (the form state in the action's answer).
  const answers: Promise<string>[] = []
  page.on('response', (response) => {
    if (response.request().method() === 'POST') answers.push(response.text().catch(() => ''))
  })
  await page.getByLabel('Current password').fill('not-my-password')
  await page.getByLabel('New password').fill('my-new-password-123')
  await page.getByRole('button', { name: 'Change password' }).click()
  await expect(page.getByLabel('Current password')).toHaveAccessibleDescription(/not your current password/)
  const bodies = await Promise.all(answers)
  expect(bodies.length).toBeGreaterThan(0)
  for (const body of bodies) {
    expect(body).not.toContain('not-my-password')
    expect(body).not.toContain('my-new-password-123')
  }

  await page.getByLabel('Current password').fill(member.password)
  await page.getByLabel('New password').fill('my-new-password-123')
  await page.getByRole('button', { name: 'Change password' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'new password is saved' })).toBeVisible()

  await page.locator('header details summary').click()
  await page.getByRole('button', { name: 'Sign out' }).click()
  await page.waitForURL(`${siteUrl()}/`)
  await signInWithPassword(page, { email: member.email, password: 'my-new-password-123' })
  await page.waitForURL(`${siteUrl()}/`)
  await expect(page.locator('header details summary')).toContainText('Password Changer')
})

test('settings need a signed-in member', async ({ page }) => {
  await page.goto('/settings')
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fsettings/)
})

test('a comment author edits their comment from the thread; another member votes it up without JavaScript', async ({
  page,
  browser,
}) => {
  const author = await createMember('Comment Author')
  const thread = await answerBy(author.id, 'An answer to comment on, long enough.')
  const commentId = await withDb(
    async (db) =>
      (
        await db.query<{ id: number }>(
          'insert into comments (question_id, answer_id, author_id, body) values ($1, $2, $3, $4) returning id',
          [thread.id, thread.answerId, author.id, 'My first thought, unedited.'],
        )
      ).rows[0]!.id,
  )
  await signInWithPassword(page, author)
  await page.waitForURL(`${siteUrl()}/`)
  await page.goto(thread.path)
  const comment = page.locator(`#c${commentId}`)
  await comment.getByRole('link', { name: 'Edit this comment' }).click()
  await page.getByRole('textbox', { name: 'Comment' }).fill('My first thought, now edited.')
  await page.getByRole('button', { name: 'Save edits' }).click()
  await page.waitForURL(new RegExp(`${thread.path}`))
  await expect(page.locator(`#c${commentId}`)).toContainText('now edited')

  const voter = await createMember('Comment Voter')
  const noScript = await browser.newContext({ baseURL: siteUrl(), javaScriptEnabled: false })
  const voterPage = await noScript.newPage()
  await signInWithPassword(voterPage, voter)
  await voterPage.waitForURL(`${siteUrl()}/`)
  await voterPage.goto(thread.path)
  await expect(voterPage.locator(`#c${commentId}`).getByRole('link', { name: 'Edit this comment' })).toHaveCount(0)
  await voterPage.locator(`#c${commentId}`).getByRole('button', { name: 'Vote this comment up' }).click()
  await voterPage.waitForURL(new RegExp(`${thread.path}#c${commentId}$`))
  await expect(voterPage.locator(`#c${commentId}`).getByRole('button', { name: 'Vote this comment up' })).toContainText(
    '1',
  )
  expect(
    await withDb(
      async (db) =>
        (await db.query('select value from votes where post_id = $1 and user_id = $2', [commentId, voter.id])).rows,
    ),
  ).toEqual([{ value: 1 }])
  await noScript.close()
})

test('a moderator restores a deleted answer and readers see it again', async ({ page, request }) => {
  const author = await createMember('Deleted Answerer')
  const thread = await answerBy(author.id, 'An answer that a moderator will bring back.')
  await withDb((db) =>
    db.query("update answers set status = 'deleted', deleted_at = now() where id = $1", [thread.answerId]),
  )
  await withDb((db) => db.query('update questions set answer_count = answer_count - 1 where id = $1', [thread.id]))
  expect((await anonymousView(request, thread.path)).html).not.toContain('a moderator will bring back')

  const moderator = await createMember('Restoring Moderator', 'moderator')
  await signInWithPassword(page, moderator)
  await page.waitForURL(`${siteUrl()}/`)
  await page.locator('header details summary').click()
  await page.getByRole('link', { name: 'Moderation' }).click()
  await page.getByRole('link', { name: 'deleted and hidden posts' }).click()
  const item = page.getByRole('listitem').filter({ hasText: 'a moderator will bring back' })
  await item.getByRole('button', { name: 'Restore' }).click()
  // Restored, it leaves the list (the page re-renders after the action).
  await expect(item).toHaveCount(0)
  await expect
    .poll(async () => (await anonymousView(request, thread.path)).html.includes('a moderator will bring back'), {
      intervals: [100],
      timeout: 15_000,
    })
    .toBe(true)
})
