import 'server-only'
import { sql, type SQL } from 'drizzle-orm'
import { getDb } from '@/db/client'
import { anyMatches, pairMatches, RARE_MATCHES, termStats } from '@/lib/search/term-stats'
import { anyWordQuery, titlePairsQuery, titleTerms } from './title-terms'

export type SimilarQuestion = {
  id: number
  slug: string
  title: string
  answerCount: number
  hasAcceptedAnswer: boolean
}

const PER_SOURCE = 100
const WINDOW_ROWS = 3_000

/**
 * Candidates matching `condition`: every match from the GIN index when the words are rare, else
 * the matches among the best-voted and the newest few thousand questions (bounded either way).
 */
function source(condition: SQL, rare: boolean): SQL {
  if (rare) return sql`(select q.id from questions q where q.status = 'visible' and ${condition} limit ${PER_SOURCE})`
  const window = (order: SQL) =>
    sql`(select q.id from (select id, title_vector, search_vector from questions where status = 'visible' order by ${order} limit ${WINDOW_ROWS}) q where ${condition} limit ${PER_SOURCE})`
  return sql`${window(sql`score desc, id desc`)} union ${window(sql`id desc`)}`
}

/**
 * Visible questions like a draft title, from the full-text index: titles sharing two of its words,
 * and questions with any of them anywhere (a draft is rarely phrased like the question that
 * answers it); title matches weigh most.
 */
export async function listSimilarQuestions(title: string, limit = 5): Promise<SimilarQuestion[]> {
  const words = [...new Set(title.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? [])].slice(0, 12)
  if (words.length === 0) return []
  const db = getDb()
  const { rows: parsed } = await db.execute<{ lexemes: string[] }>(
    sql`select tsvector_to_array(to_tsvector(askwell_search_config(), ${words.join(' ')})) as lexemes`,
  )
  const terms = titleTerms(parsed[0]?.lexemes ?? [])
  const pairs = titlePairsQuery(terms)
  const any = anyWordQuery(terms)
  if (!pairs || !any) return []
  const [titleStats, bodyStats] = await Promise.all([
    termStats('title_vector', terms),
    termStats('search_vector', terms),
  ])
  const byTitle = source(
    sql`q.title_vector @@ to_tsquery('simple', ${pairs})`,
    pairMatches(titleStats, terms) <= RARE_MATCHES,
  )
  const byAnyWord = source(
    sql`q.search_vector @@ to_tsquery('simple', ${any})`,
    anyMatches(bodyStats, terms) <= RARE_MATCHES,
  )
  const { rows } = await db.execute<SimilarQuestion>(sql`
    with candidates as (${byTitle} union ${byAnyWord})
    select q.id, q.slug, q.title, q.answer_count as "answerCount", q.accepted_answer_id is not null as "hasAcceptedAnswer"
    from candidates c join questions q on q.id = c.id
    -- Weights for D, C, B, A: answers count little, the title most.
    order by ts_rank_cd('{0.05, 0.2, 0.5, 1.0}', q.search_vector, to_tsquery('simple', ${any})) * (1 + ln(1 + greatest(q.score, 0)) * 0.1) desc, q.id desc
    limit ${limit}`)
  return rows
}
