import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findCounterDrift } from '@/db/counters'
import { seedDemoOnce, type SeedSummary } from '@/db/seed/demo'
import { listQuestions } from '@/lib/questions/list-queries'
import { getThread } from '@/lib/questions/thread-queries'
import { closeDb, getDb, resetDatabase } from '../factories/db'

const THERAPIST_TITLE = 'What is the therapist-patient relationship, and is it OK for a therapist to date a patient?'

const count = async (query: ReturnType<typeof sql>) => {
  const { rows } = await getDb().execute<{ n: number }>(query)
  return rows[0]!.n
}

const tableCounts = async () => ({
  users: await count(sql`select count(*)::int as n from users`),
  questions: await count(sql`select count(*)::int as n from questions`),
  answers: await count(sql`select count(*)::int as n from answers`),
  comments: await count(sql`select count(*)::int as n from comments`),
  votes: await count(sql`select count(*)::int as n from votes`),
  revisions: await count(sql`select count(*)::int as n from revisions`),
  categories: await count(sql`select count(*)::int as n from categories`),
  tags: await count(sql`select count(*)::int as n from tags`),
})

let summary: SeedSummary | null = null

beforeAll(async () => {
  await resetDatabase()
  // resetDatabase leaves `meta` alone; the "seeded before" marker must not survive from another run.
  await getDb().execute(sql`delete from meta`)
  summary = await seedDemoOnce(process.env.DATABASE_URL!)
}, 120_000)

afterAll(closeDb)

describe('seedDemoOnce on an empty database', () => {
  it('inserts the demo community and reports what it inserted', async () => {
    expect(summary).not.toBeNull()
    const counts = await tableCounts()
    expect(summary).toEqual({
      users: counts.users,
      questions: counts.questions,
      answers: counts.answers,
      comments: counts.comments,
      votes: counts.votes,
    })
    expect(counts.questions).toBeGreaterThanOrEqual(60)
    expect(counts.users).toBeGreaterThanOrEqual(18)
    expect(counts.users).toBeLessThanOrEqual(25)
    expect(counts.answers).toBeGreaterThan(counts.questions)
    expect(await count(sql`select count(*)::int as n from categories where parent_id is null`)).toBeGreaterThanOrEqual(
      8,
    )
    expect(await count(sql`select count(*)::int as n from meta where key = 'demo_seeded'`)).toBe(1)
  })

  it('leaves every counter exact', async () => {
    expect(await findCounterDrift(getDb())).toEqual([])
  })

  it('includes an anonymous answer, an edited post with two revisions, and accepted answers', async () => {
    expect(
      await count(sql`select count(*)::int as n from answers where author_id is null and anon_name is not null`),
    ).toBeGreaterThan(0)
    const edited = await count(sql`
      select count(*)::int as n from (
        select id, 'question'::post_type as type, edited_at, edited_by_id from questions
        union all select id, 'answer'::post_type, edited_at, edited_by_id from answers
      ) p
      where p.edited_at is not null and p.edited_by_id is not null
        and (select count(*) from revisions r where r.post_id = p.id and r.post_type = p.type) = 2`)
    expect(edited).toBeGreaterThan(0)
    expect(
      await count(sql`select count(*)::int as n from questions where accepted_answer_id is not null`),
    ).toBeGreaterThan(0)
    // Every post has its first revision.
    expect(
      await count(sql`
      select count(*)::int as n from (select id from questions union all select id from answers union all select id from comments) p
      where not exists (select 1 from revisions r where r.post_id = p.id and r.revision = 1)`),
    ).toBe(0)
  })

  it('includes the therapist thread with a numbered list in its accepted answer', async () => {
    const { rows } = await getDb().execute<{ id: number }>(
      sql`select id from questions where title = ${THERAPIST_TITLE}`,
    )
    expect(rows).toHaveLength(1)
    const thread = (await getThread(rows[0]!.id))!
    expect(thread.title).toBe(THERAPIST_TITLE)
    expect(thread.breadcrumb.map((c) => c.path)).toEqual(['psychotherapy', 'psychotherapy/therapy-ethics'])
    expect(thread.acceptedAnswerId).not.toBeNull()
    const accepted = thread.answers[0]!
    expect(accepted.isAccepted).toBe(true)
    expect(accepted.id).toBe(thread.acceptedAnswerId)
    const { rows: bodies } = await getDb().execute<{ body: string }>(
      sql`select body from answers where id = ${accepted.id}`,
    )
    expect(bodies[0]!.body).toMatch(/^1\. /m)
    expect(accepted.bodyHtml).toContain('<ol>')
    expect(thread.edited).not.toBeNull()
    expect(thread.answers.some((a) => a.author.kind === 'anonymous')).toBe(true)
  })

  it('serves every demo question as a thread whose answer count matches its visible answers', async () => {
    const list = await listQuestions({ filter: { kind: 'all' }, sort: 'newest', page: 1, pageSize: 500 })
    expect(list.total).toBe(summary!.questions)
    for (const q of list.items) {
      const thread = await getThread(q.id)
      expect(thread, q.title).not.toBeNull()
      expect(thread!.answerCount).toBe(thread!.answers.length)
      expect(thread!.answers.filter((a) => a.isAccepted).length).toBe(thread!.acceptedAnswerId === null ? 0 : 1)
      if (thread!.acceptedAnswerId !== null) expect(thread!.answers[0]!.id).toBe(thread!.acceptedAnswerId)
    }
  })

  it('does nothing the second time', async () => {
    const before = await tableCounts()
    expect(await seedDemoOnce(process.env.DATABASE_URL!)).toBeNull()
    expect(await tableCounts()).toEqual(before)
    expect(await count(sql`select count(*)::int as n from meta`)).toBe(1)
  })
})
