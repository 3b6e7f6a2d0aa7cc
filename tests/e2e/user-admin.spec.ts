import { expect, test } from '@playwright/test'
import { siteUrl } from './fixtures'
import { createMember, signInWithPassword } from './support/members'

test('a moderator suspends a member from their moderation page, and the member is signed out at once', async ({
  browser,
}) => {
  const member = await createMember('Soon Suspended')
  const memberContext = await browser.newContext()
  const memberPage = await memberContext.newPage()
  await signInWithPassword(memberPage, member)
  await memberPage.waitForURL(`${siteUrl()}/`)
  expect((await (await memberPage.request.get('/api/viewer')).json()).viewer?.id).toBe(member.id)

  const moderator = await createMember('Suspending Moderator', 'moderator')
  const modContext = await browser.newContext({ javaScriptEnabled: false })
  const modPage = await modContext.newPage()
  await signInWithPassword(modPage, moderator)
  await modPage.waitForURL(`${siteUrl()}/`)
  await modPage.goto(`/moderation/users/${member.id}`)
  await expect(modPage.getByRole('heading', { level: 1 })).toContainText('Soon Suspended')
  await modPage.getByLabel('Reason (kept in the audit log)').fill('Posting links to a shop')
  await modPage.getByRole('button', { name: 'Suspend this member' }).click()
  await expect(modPage.getByRole('status')).toHaveText('Suspended. They are signed out from their next request.')
  await expect(modPage.getByRole('heading', { level: 1 })).toContainText('suspended')

  expect((await (await memberPage.request.get('/api/viewer')).json()).viewer ?? null).toBeNull()

  await modPage.goto('/moderation/audit?action=suspend')
  await expect(modPage.getByRole('row').filter({ hasText: 'Posting links to a shop' })).toContainText(
    'Suspending Moderator',
  )
  await modPage.goto(`/moderation/users/${member.id}`)
  await modPage.getByRole('button', { name: 'Lift the suspension' }).click()
  await expect(modPage.getByRole('status')).toHaveText('The suspension is lifted.')
  // No role control for a moderator: roles are for admins.
  await expect(modPage.getByLabel('Role')).toHaveCount(0)
  await memberContext.close()
  await modContext.close()
})
