import { expect, test } from '@playwright/test'
import { siteUrl } from './fixtures'
import { withDb } from './support/db'
import { createMember, signInWithPassword } from './support/members'

test('a member downloads their data, then deletes their account keeping their posts as "deleted user"', async ({
  page,
  request,
}) => {
  const member = await createMember('Leaving Member')
  const { rows } = await withDb((db) =>
    db.query<{ id: number; slug: string; handle: string }>(
      `insert into questions (title, slug, body, category_id, category1_id, author_id)
       select 'A question from a member who will leave', 'a-question-from-a-member-who-will-leave', 'Text.', id, id, $1 from categories where depth = 1 order by id limit 1
       returning id, slug, (select handle from users where id = $1) as handle`,
      [member.id],
    ),
  )
  const q = rows[0]!
  await signInWithPassword(page, member)
  await page.waitForURL(`${siteUrl()}/`)
  await page.goto('/settings/delete')

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download everything we hold about you' }).click(),
  ])
  const data = JSON.parse(
    await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8')),
  )
  expect(data.profile.email).toBe(member.email)
  expect(data.questions.map((x: { id: number }) => x.id)).toEqual([q.id])
  expect((await request.get('/settings/export')).status()).toBe(401)

  // Wrong handle: explained next to the field, nothing deleted.
  await page.getByLabel('Keep them, shown as by “deleted user”').check()
  await page.getByLabel(/Type your handle/).fill('not-my-handle')
  await page.getByLabel('Your password').fill(member.password)
  await page.getByRole('button', { name: 'Delete my account for good' }).click()
  await expect(page.locator('#delete-confirmHandle-error')).toHaveText(`Type your handle, ${q.handle}, to confirm.`)
  expect((await withDb((db) => db.query('select 1 from users where id = $1', [member.id]))).rows).toHaveLength(1)

  await page.getByLabel(/Type your handle/).fill(q.handle)
  await page.getByLabel('Your password').fill(member.password)
  await page.getByRole('button', { name: 'Delete my account for good' }).click()
  await page.waitForURL(/\/\?account=deleted$/)
  expect((await (await page.request.get('/api/viewer')).json()).viewer ?? null).toBeNull()
  expect((await withDb((db) => db.query('select 1 from users where id = $1', [member.id]))).rows).toHaveLength(0)
  const thread = await (await request.get(`/${q.id}/${q.slug}`)).text()
  expect(thread).toContain('deleted user')
  expect(thread).not.toContain('Leaving Member')
})
