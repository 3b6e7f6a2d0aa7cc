import { expect, test, type APIRequestContext, type Browser } from '@playwright/test'
import { siteUrl } from './fixtures'
import { createOwnQuestion, withDb } from './support/db'
import { createMember, signInWithPassword } from './support/members'

/**
 * Hidden, deleted and held posts, each carrying a word nobody else uses, read through every page
 * and endpoint by a visitor, a member and a moderator: only the moderator's staff pages and the
 * history of a removed post may show the word, and only to the moderator.
 */
test('no page, feed, search, sitemap or /api endpoint shows a reader what they may not see', async ({
  browser,
  request,
}) => {
  const secret = `zq${Date.now().toString(36)}hush`
  const visible = await createOwnQuestion(`A visible thread holding removed posts ${Date.now()}`)
  const held = await createOwnQuestion(`Held for approval ${secret} question`)
  const hiddenQuestion = await createOwnQuestion(`Hidden ${secret} question`)
  const ids = await withDb(async (db) => {
    await db.query(`update questions set status = 'pending' where id = $1`, [held.id])
    await db.query(`update questions set status = 'hidden', body = $2 where id = $1`, [
      hiddenQuestion.id,
      `Body with ${secret}`,
    ])
    const insertAnswer = async (questionId: number, status: string, body: string) =>
      (
        await db.query<{ id: number }>(
          `insert into answers (question_id, body, anon_name, status) values ($1, $2, 'e2e', $3) returning id`,
          [questionId, body, status],
        )
      ).rows[0]!.id
    const hiddenAnswer = await insertAnswer(visible.id, 'hidden', `A hidden answer saying ${secret}`)
    const deletedAnswer = await insertAnswer(visible.id, 'deleted', `A deleted answer saying ${secret}`)
    const onHiddenThread = await insertAnswer(
      hiddenQuestion.id,
      'visible',
      `A visible answer on a hidden thread, ${secret}`,
    )
    const comment = (
      await db.query<{ id: number }>(
        `insert into comments (question_id, answer_id, body, anon_name) values ($1, $2, $3, 'e2e') returning id`,
        [visible.id, hiddenAnswer, `A comment under the hidden answer: ${secret}`],
      )
    ).rows[0]!.id
    for (const [id, type, body] of [
      [hiddenAnswer, 'answer', `A hidden answer saying ${secret}`],
      [comment, 'comment', `A comment under the hidden answer: ${secret}`],
      [onHiddenThread, 'answer', `On a hidden thread, ${secret}`],
    ] as const) {
      await db.query(
        `insert into revisions (post_id, post_type, revision, body, editor_name) values ($1, $2, 1, $3, 'e2e')`,
        [id, type, body],
      )
    }
    const flagger = await createMember('Flagger Of Secrets')
    await db.query(
      `insert into flags (post_id, post_type, user_id, reason) values ($1, 'answer', $2, 'Spam or advertising')`,
      [hiddenAnswer, flagger.id],
    )
    return { hiddenAnswer, deletedAnswer, onHiddenThread, comment }
  })

  const publicPaths = [
    visible.path,
    `/search?q=${secret}`,
    `/api/similar?q=${encodeURIComponent(`Hidden ${secret} question`)}`,
    `/api/viewer?question=${hiddenQuestion.id}`,
    '/feeds/questions.atom',
    '/questions',
    '/sitemap.xml',
    `/posts/${ids.comment}/history`,
    `/posts/${ids.onHiddenThread}/history`,
    `/posts/${ids.hiddenAnswer}/history`,
    `/posts/${ids.deletedAnswer}/history`,
    `/posts/${ids.onHiddenThread}/flag`,
    `/posts/${ids.comment}/flag`,
  ]
  const staffPaths = ['/moderation', '/moderation/deleted', '/moderation/audit', '/admin/mail']

  const member = await signedIn(browser, await createMember('Curious Member'))
  const moderator = await signedIn(browser, await createMember('Careful Moderator', 'moderator'))
  try {
    for (const [who, reader] of [
      ['a visitor', request],
      ['a member', member.request],
    ] as const) {
      for (const path of [...publicPaths, ...staffPaths]) {
        const response = await reader.get(path)
        expect(response.status(), `${path} for ${who}`).toBeLessThan(500)
        expectNothingOf(secret, path, await response.text(), who)
      }
    }
    // The moderator's own view: the removed posts' histories and the queue show them; public pages still do not.
    for (const path of publicPaths.filter((p) => !p.includes('/history')))
      expectNothingOf(secret, path, await (await moderator.request.get(path)).text(), 'a moderator')
    for (const path of [`/posts/${ids.hiddenAnswer}/history`, `/posts/${ids.comment}/history`, '/moderation']) {
      const response = await moderator.request.get(path)
      expect(response.status(), path).toBe(200)
      expect(await response.text(), `${path} for a moderator`).toContain(secret)
    }
  } finally {
    await member.close()
    await moderator.close()
  }
})

/** The page shows nothing holding `secret`; the search page repeats what was searched for, so it must find nothing. */
function expectNothingOf(secret: string, path: string, text: string, who: string) {
  if (path.startsWith('/search')) expect(text, `${path} for ${who}`).toContain('Nothing matched')
  else expect(text, `${path} for ${who}`).not.toContain(secret)
}

async function signedIn(
  browser: Browser,
  who: { email: string; password: string },
): Promise<{ request: APIRequestContext; close: () => Promise<void> }> {
  const context = await browser.newContext({ javaScriptEnabled: true })
  const page = await context.newPage()
  await signInWithPassword(page, who)
  await page.waitForURL(`${siteUrl()}/`)
  return { request: context.request, close: () => context.close() }
}
