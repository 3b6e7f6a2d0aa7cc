import { sql } from 'drizzle-orm'
import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { findCounterDrift, readPointsWeights } from '@/db/counters'
import { postAnswer } from '@/lib/answers/mutations'
import { cacheTags } from '@/lib/cache-tags'
import { postComment } from '@/lib/comments/mutations'
import { moderatePosts } from '@/lib/moderation/mutations'
import { listModerationQueue } from '@/lib/moderation/queries'
import { askQuestion } from '@/lib/questions/mutations'
import { getThread } from '@/lib/questions/thread-queries'
import { makeCensor } from '@/lib/moderation/censor'
import { countVisibleQuestions, listSitemapQuestions } from '@/lib/seo/sitemap-queries'
import { defaultSettings } from '@/lib/settings/defaults'
import { saveSettings } from '@/lib/settings/mutations'
import { getSettings } from '@/lib/settings/queries'
import { settingsSections } from '@/lib/settings/schemas'
import { anonymous, memberOf, staffReader } from '../factories/actors'
import { castVotes, createAnswer, createCategory, createQuestion, createUser, recount } from '../factories/community'
import { closeDb, getDb, resetDatabase } from '../factories/db'
import { snapshot } from '../factories/snapshot'
import { unwrap } from '../factories/result'

beforeEach(resetDatabase)
afterAll(closeDb)

const status = async (table: 'questions' | 'answers' | 'comments', id: number) =>
  (await getDb().execute<{ status: string }>(sql`select status from ${sql.raw(table)} where id = ${id}`)).rows[0]!
    .status

describe('saving settings', () => {
  it('is refused to everyone but admins, changing nothing; an admin’s save is audited with before and after', async () => {
    const people = {
      member: await createUser(),
      editor: await createUser({ role: 'editor' }),
      moderator: await createUser({ role: 'moderator' }),
    }
    const admin = await createUser({ role: 'admin' })
    const patch = { site: { name: 'Kinder Words', tagline: 'talk it through' } }
    const before = await snapshot()
    const anon = await saveSettings(anonymous(), patch)
    expect(anon.ok ? null : anon.error.code).toBe('unauthenticated')
    for (const user of Object.values(people)) {
      const r = await saveSettings(memberOf(user), patch)
      expect(r.ok ? null : r.error.code, user.role).toBe('forbidden')
    }
    const suspended = await saveSettings(memberOf(admin, { isSuspended: true }), patch)
    expect(suspended.ok).toBe(false)
    expect(await snapshot()).toEqual(before)

    const saved = await saveSettings(memberOf(admin), patch)
    expect(saved.ok && saved.data.changed).toEqual(['site'])
    expect(saved.ok && saved.data.refresh).toContain(cacheTags.siteSettings)
    expect((await getSettings()).site).toEqual(patch.site)
    const { rows } = await getDb().execute<{ actorId: number; action: string; before: unknown; after: unknown }>(
      sql`select actor_id as "actorId", action, before, after from audit_log order by id`,
    )
    expect(rows).toEqual([
      { actorId: admin.id, action: 'settings', before: { site: defaultSettings.site }, after: { site: patch.site } },
    ])

    const again = await saveSettings(memberOf(admin), patch)
    expect(again.ok && again.data).toEqual({ changed: [], refresh: [] })
  })

  it('recalculates every member’s points when the weights change', async () => {
    const admin = await createUser({ role: 'admin' })
    const asker = await createUser()
    const q = await createQuestion({ authorId: asker.id })
    const a = await createAnswer(q.id, { authorId: asker.id })
    await castVotes(q.id, 'question', [1, 1, 1])
    await castVotes(a.id, 'answer', [1])
    await recount()
    const weights = { ...defaultSettings.points, base: 50, askQuestion: 5, questionUpvote: 3 }
    const r = await saveSettings(memberOf(admin), { points: weights })
    expect(r.ok).toBe(true)
    expect(await findCounterDrift(getDb(), weights)).toEqual([])
    // `npm run recount` reads the same weights.
    expect(await readPointsWeights(getDb())).toEqual(weights)
    const { rows } = await getDb().execute<{ points: number }>(sql`select points from users where id = ${asker.id}`)
    // base 50 + 10 × (ask 5 + answer 4 + 3 question votes × 3 + 1 answer vote × 2)
    expect(rows[0]!.points).toBe(50 + 10 * (5 + 4 + 9 + 2))
  })
})

describe('the settings forms', () => {
  const parse = <K extends keyof typeof settingsSections>(section: K, fields: Record<string, string>) =>
    settingsSections[section].schema.safeParse(fields)
  const errorsOf = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
    Object.fromEntries((r.error?.issues ?? []).map((i) => [String(i.path[0]), i.message]))

  it('names the field of each mistake', () => {
    expect(errorsOf(parse('site', { name: '   ', tagline: 'x' }))).toEqual({ name: 'Give the site a name.' })
    expect(errorsOf(parse('moderation', { flagsToHide: '0' }))).toEqual({ flagsToHide: 'Flags: at least 1.' })
    expect(errorsOf(parse('moderation', { flagsToHide: 'five' }))).toEqual({
      flagsToHide: 'Flags: enter a whole number.',
    })
    expect(
      errorsOf(
        parse('spam', {
          blockedIps: '203.0.113.7\n10.0.0.0/33',
          newMemberPoints: '110',
          maxLinksForNewMembers: '2',
          newMemberPostIntervalSeconds: '30',
          censoredWords: '',
        }),
      ),
    ).toHaveProperty('blockedIps')
    expect(errorsOf(parse('indexing', { noindexUnansweredAfterDays: '-1' }))).toEqual({
      noindexUnansweredAfterDays: 'Days: at least 0.',
    })
  })

  it('reads lists one per line and checkboxes as ticked or not', () => {
    const spam = parse('spam', {
      blockedIps: ' 203.0.113.7 \n\n2001:db8::/32, 198.51.100.0/24',
      newMemberPoints: '110',
      maxLinksForNewMembers: '2',
      newMemberPostIntervalSeconds: '30',
      censoredWords: 'darn\nhate*',
    })
    expect(spam.success && spam.data).toMatchObject({
      blockedIps: ['203.0.113.7', '2001:db8::/32', '198.51.100.0/24'],
      censoredWords: ['darn', 'hate*'],
    })
    const moderation = parse('moderation', { flagsToHide: '3', holdAnonymousPosts: 'on' })
    expect(moderation.success && moderation.data).toEqual({
      flagsToHide: 3,
      holdAnonymousPosts: true,
      holdFirstPosts: false,
    })
  })
})

describe('posts held for approval', () => {
  async function setup(moderation: Partial<typeof defaultSettings.moderation>) {
    const admin = await createUser({ role: 'admin' })
    await saveSettings(memberOf(admin), { moderation: { ...defaultSettings.moderation, ...moderation } })
    const category = await createCategory('Family')
    const moderator = await createUser({ role: 'moderator' })
    return { admin, category, moderator }
  }

  it('holds anonymous posts out of view, counts nothing for them, and lets them in on approval', async () => {
    const { category, moderator } = await setup({ holdAnonymousPosts: true })
    const asker = await createUser()
    const q = await createQuestion({ categoryId: category.id, authorId: asker.id })
    await recount()
    const answered = await postAnswer(anonymous(), { questionId: q.id, body: 'It got easier for me after a year.' })
    expect(answered.ok && answered.data.held).toBe(true)
    const id = answered.ok ? answered.data.id : 0
    expect(await status('answers', id)).toBe('pending')
    expect((await getThread(q.id))!.answerCount).toBe(0)
    expect(await findCounterDrift(getDb())).toEqual([])
    expect(unwrap(await listModerationQueue(staffReader())).map((p) => [p.id, p.status])).toEqual([[id, 'pending']])
    // The asker hears of the answer only once it is approved.
    const inbox = async () =>
      (await getDb().execute(sql`select 1 from notifications where user_id = ${asker.id}`)).rows.length
    expect(await inbox()).toBe(0)

    const approved = await moderatePosts(memberOf(moderator), { postIds: [id], action: 'approve', reason: '' })
    expect(approved.ok).toBe(true)
    expect(await status('answers', id)).toBe('visible')
    expect((await getThread(q.id))!.answers.map((a) => a.id)).toEqual([id])
    expect(await findCounterDrift(getDb())).toEqual([])
    expect(await inbox()).toBe(1)
  })

  it('holds a new member’s posts until one is approved, never an editor’s, and nothing when the policy is off', async () => {
    const { category, moderator } = await setup({ holdFirstPosts: true })
    const newcomer = await createUser()
    const first = await askQuestion(memberOf(newcomer), {
      title: 'Is it normal to feel numb after a breakup?',
      body: '',
      categoryId: category.id,
      tags: [],
    })
    expect(first.ok && first.data.held).toBe(true)
    const qid = first.ok ? first.data.id : 0
    expect(await status('questions', qid)).toBe('pending')
    expect(await countVisibleQuestions()).toBe(0)
    const second = await askQuestion(memberOf(newcomer), {
      title: 'How long does the numbness usually last?',
      body: '',
      categoryId: category.id,
      tags: [],
    })
    expect(second.ok && second.data.held).toBe(true)
    expect((await moderatePosts(memberOf(moderator), { postIds: [qid], action: 'approve', reason: '' })).ok).toBe(true)
    expect(await countVisibleQuestions()).toBe(1)
    const after = await postComment(memberOf(newcomer), { parentId: qid, body: 'Thanks, everyone.' })
    expect(after.ok && after.data.held).toBe(false)

    const editor = await createUser({ role: 'editor' })
    const byEditor = await postAnswer(memberOf(editor), {
      questionId: qid,
      body: 'Editors are trusted to post at once.',
    })
    expect(byEditor.ok && byEditor.data.held).toBe(false)
    expect(await findCounterDrift(getDb())).toEqual([])
  })

  it('posts at once under the default policy', async () => {
    const category = await createCategory('Work')
    const r = await askQuestion(anonymous(), {
      title: 'My manager shouts at me in meetings',
      body: '',
      categoryId: category.id,
      tags: [],
    })
    expect(r.ok && r.data.held).toBe(false)
  })
})

describe('censored words', () => {
  it('masks whole words in any case, with a trailing * for any ending, and leaves other words alone', () => {
    const censor = makeCensor(['darn', 'hate*', 'bad word'])
    expect(censor('Darn it, I HATEFUL things; a bad word; darned; abadword')).toBe(
      '**** it, I ******* things; a ********; darned; abadword',
    )
    expect(makeCensor([])('darn')).toBe('darn')
  })

  it('are masked in a thread’s title, bodies and text, while the stored post keeps them', async () => {
    const q = await createQuestion({
      title: 'Why do I darn everything',
      body: 'I **darn** it all. [darn](https://example.org/darn)',
    })
    await createAnswer(q.id, { body: 'Darn, same here.' })
    const thread = (await getThread(q.id, makeCensor(['darn'])))!
    expect(thread.title).toBe('Why do I **** everything')
    expect(thread.bodyHtml).toContain('<strong>****</strong>')
    expect(thread.bodyHtml).toContain('href="https://example.org/darn"')
    expect(thread.bodyText).not.toMatch(/darn/i)
    expect(thread.answers[0]!.bodyHtml).toContain('****, same here.')
    const { rows } = await getDb().execute<{ title: string }>(sql`select title from questions where id = ${q.id}`)
    expect(rows[0]!.title).toBe('Why do I darn everything')
  })
})

describe('indexing policy', () => {
  it('keeps closed questions and long-unanswered ones out of the sitemap when the policy says so', async () => {
    const old = new Date(Date.now() - 40 * 86_400_000)
    const answered = await createQuestion({ createdAt: old })
    await createAnswer(answered.id)
    const unansweredOld = await createQuestion({ createdAt: old })
    const unansweredNew = await createQuestion()
    const closed = await createQuestion({ closedAt: new Date(), closedReason: 'Off topic' })
    await recount()
    const ids = async (policy: typeof defaultSettings.indexing) =>
      (await listSitemapQuestions(1, undefined, policy)).map((q) => q.id)
    expect(await ids(defaultSettings.indexing)).toEqual([answered.id, unansweredOld.id, unansweredNew.id, closed.id])
    const strict = { noindexUnansweredAfterDays: 30, noindexClosed: true }
    expect(await ids(strict)).toEqual([answered.id, unansweredNew.id])
    expect(await countVisibleQuestions(strict)).toBe(2)
  })
})
