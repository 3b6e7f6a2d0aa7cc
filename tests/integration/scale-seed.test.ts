import { sql } from 'drizzle-orm'
import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { createPool } from '@/db/client'
import { indexSearch, seedScale } from '@/db/seed/scale'
import { closeDb, getDb, resetDatabase } from '../factories/db'

beforeEach(resetDatabase)
afterAll(closeDb)

describe('seed:scale', () => {
  it('leaves every question searchable and ranked for the hot list, although its COPY runs with triggers off', async () => {
    const pool = createPool(process.env.DATABASE_URL!, 4)
    try {
      const totals = await seedScale(
        pool,
        { questions: 600, users: 50, answersPerQuestion: 2, batchSize: 200, seed: 7 },
        () => {},
      )
      expect(totals.questions).toBe(600)
      // About the asked-for mean of answers per question.
      expect(totals.answers / 600).toBeGreaterThan(1.8)
      expect(totals.answers / 600).toBeLessThan(2.4)
      await indexSearch(pool, () => {})
    } finally {
      await pool.end()
    }
    const { rows } = await getDb().execute<{ missing: number; cold: number; words: number }>(sql`
      select count(*) filter (where search_vector is null or title_vector is null)::int as missing,
             count(*) filter (where hot_score = 0)::int as cold,
             count(*) filter (where search_vector @@ plainto_tsquery('english', title))::int as words
      from questions`)
    expect(rows[0]!.missing).toBe(0)
    expect(rows[0]!.cold).toBe(0)
    // Every question is found by its own title.
    expect(rows[0]!.words).toBe(600)
  })
})
