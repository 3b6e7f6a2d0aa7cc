import 'server-only'
import { sql } from 'drizzle-orm'
import { getDb } from '@/db/client'

export type SimilarQuestion = { id: number; slug: string; title: string; answerCount: number; hasAcceptedAnswer: boolean }

/**
 * Visible questions like a draft title, from the full-text index: any of its words may match
 * (a draft is rarely phrased like the question that answers it), title matches weigh most.
 */
export async function listSimilarQuestions(title: string, limit = 5): Promise<SimilarQuestion[]> {
  const words = [...new Set(title.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? [])].slice(0, 12)
  if (words.length === 0) return []
  const { rows } = await getDb().execute<SimilarQuestion>(sql`
    with query as (select websearch_to_tsquery(askwell_search_config(), ${words.join(' or ')}) as tsq)
    select q.id, q.slug, q.title, q.answer_count as "answerCount", q.accepted_answer_id is not null as "hasAcceptedAnswer"
    from questions q, query
    where numnode(query.tsq) > 0 and q.status = 'visible' and q.search_vector @@ query.tsq
    -- Weights for D, C, B, A: answers count little, the title most.
    order by ts_rank_cd('{0.05, 0.2, 0.5, 1.0}', q.search_vector, query.tsq) * (1 + ln(1 + greatest(q.score, 0)) * 0.1) desc, q.id desc
    limit ${limit}`)
  return rows
}
