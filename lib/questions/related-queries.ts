import 'server-only'
import { sql } from 'drizzle-orm'
import { getDb } from '@/db/client'
import { pairMatches, RARE_MATCHES, termStats } from '@/lib/search/term-stats'
import { titlePairsQuery, titleTerms } from './title-terms'
import type { RelatedQuestion } from './types'

/** Title-word candidates per thread, and the newest rows read to find them when the words are common. */
const TERM_CANDIDATES = 300
const TERM_WINDOW_ROWS = 4_000

/**
 * Visible questions related to this one: shared tags count twice as much as shared title words;
 * ties go to the better-voted, then the newer question, and the same category fills up the rest.
 * Each source is capped (200 newest per tag; 300 by title words, from the title index when the
 * words are rare, else from the newest 4,000 questions), so the cost stays flat as the site grows.
 */
export async function listRelatedQuestions(id: number, limit = 8): Promise<RelatedQuestion[]> {
  const db = getDb()
  const { rows: selfRows } = await db.execute<{ tagIds: number[]; lexemes: string[]; categoryId: number | null }>(sql`
    select coalesce((select array_agg(tag_id) from question_tags where question_id = q.id), '{}') as "tagIds",
      tsvector_to_array(q.title_vector) as lexemes,
      q.category_id as "categoryId"
    from questions q where q.id = ${id}`)
  const self = selfRows[0]
  if (!self) return []
  const terms = titleTerms(self.lexemes ?? [])
  const termQuery = titlePairsQuery(terms)
  const rare = termQuery !== null && pairMatches(await termStats('title_vector', terms), terms) <= RARE_MATCHES
  const matches = termQuery === null ? sql`false` : sql`q.title_vector @@ to_tsquery('simple', ${termQuery})`
  const byTerm = rare
    ? sql`select q.id from questions q where ${matches} and q.status = 'visible' and q.id <> ${id} limit ${TERM_CANDIDATES}`
    : sql`select q.id from (select id, title_vector from questions where status = 'visible' and id <> ${id} order by id desc limit ${TERM_WINDOW_ROWS}) q
          where ${matches} limit ${TERM_CANDIDATES}`

  const { rows: related } = await db.execute<RelatedQuestion & { relevance: number }>(sql`
    with by_tag as (
      select question_id as id, count(*)::int as shared
      from unnest(${`{${self.tagIds.join(',')}}`}::int[]) as t(tag_id)
      cross join lateral (
        select question_id from question_tags where tag_id = t.tag_id and question_id <> ${id}
        order by question_id desc limit 200
      ) qt
      group by question_id
    ),
    by_term as (${byTerm}),
    candidates as (select id from by_tag union select id from by_term)
    select q.id, q.slug, q.title, q.score, q.answer_count as "answerCount",
      2 * coalesce(bt.shared, 0)
        + (select count(*)::int from unnest(tsvector_to_array(q.title_vector)) l where l = any(${`{${terms.join(',')}}`}::text[])) as relevance
    from candidates c
    join questions q on q.id = c.id and q.status = 'visible'
    left join by_tag bt on bt.id = q.id
    order by relevance desc, q.score desc, q.id desc
    limit ${limit}`)
  const out: RelatedQuestion[] = related.map(({ relevance: _relevance, ...r }) => r)
  if (out.length >= limit || self.categoryId === null) return out
  const seen = `{${[id, ...out.map((r) => r.id)].join(',')}}`
  const { rows: more } = await db.execute<RelatedQuestion>(sql`
    select q.id, q.slug, q.title, q.score, q.answer_count as "answerCount"
    from questions q
    where q.category_id = ${self.categoryId} and q.status = 'visible' and q.id <> all(${seen}::int[])
    order by q.score desc, q.id desc
    limit ${limit - out.length}`)
  return [...out, ...more]
}
