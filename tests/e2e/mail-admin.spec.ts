import { expect, test } from '@playwright/test'
import { siteUrl } from './fixtures'
import { createMember, signInWithPassword } from './support/members'

// `npm test` runs one mail worker beside the site, as `npm start` does; its heartbeat row is what the page reads.
test('/admin/mail shows the running mail worker and when it last sent', async ({ page }) => {
  const admin = await createMember('Mail Watching Admin', 'admin')
  await signInWithPassword(page, admin)
  await page.waitForURL(`${siteUrl()}/`)
  await page.goto('/admin/mail')
  const workers = page.getByRole('region', { name: 'Mail worker' })
  await expect(workers.getByRole('status')).toContainText('Running: one worker.')
  await expect(workers.getByRole('listitem')).toHaveCount(1)
  await expect(workers.getByRole('listitem')).toContainText(/process \d+: started .*, last heard from .*, \d+ sent/)
})
