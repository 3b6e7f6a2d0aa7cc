import 'server-only'
import { sql } from 'drizzle-orm'
import { getDb } from '@/db/client'

export type SimilarQuestion = { id: number; slug: string; title: string; answerCount: number; hasAcceptedAnswer: boolean }

const stopWords = new Set(['what', 'when', 'where', 'which', 'about', 'does', 'have', 'with', 'that', 'this', 'should', 'would', 'could', 'there', 'their', 'from', 'your', 'into', 'after', 'before', 'feel', 'feeling'])

/**
 * Visible questions whose titles share the most words with a draft title. A plain query for
 * now (#5 brings full-text search); it reads a bounded number of rows per word.
 */
export async function listSimilarQuestions(title: string, limit = 5): Promise<SimilarQuestion[]> {
  const words = [...new Set(title.toLowerCase().match(/\p{L}{4,}/gu) ?? [])].filter((w) => !stopWords.has(w)).sort((a, b) => b.length - a.length).slice(0, 4)
  if (words.length === 0) return []
  const matches = words.map((w) => sql`(title ilike ${`%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`})::int`)
  const { rows } = await getDb().execute<SimilarQuestion>(sql`
    select id, slug, title, answer_count as "answerCount", accepted_answer_id is not null as "hasAcceptedAnswer"
    from (
      select *, ${sql.join(matches, sql` + `)} as hits from questions where status = 'visible'
        and (${sql.join(words.map((w) => sql`title ilike ${`%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}`), sql` or `)})
      order by score desc limit 500
    ) q
    order by hits desc, score desc, id desc limit ${limit}`)
  return rows
}
