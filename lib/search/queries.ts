import 'server-only'
import { sql, type SQL } from 'drizzle-orm'
import { getDb } from '@/db/client'
import { iso } from '@/lib/authors'
import type { SearchInput } from './schemas'

export type SearchHit = {
  id: number
  slug: string
  title: string
  /** Plain text with the matched words between \u0001 and \u0002 (escape, then mark them). */
  snippet: string
  score: number
  answerCount: number
  hasAccepted: boolean
  createdAt: string
  category: { name: string; path: string } | null
  tags: string[]
}

export type SearchResult = { hits: SearchHit[]; hasMore: boolean; notice: string | null }

export const SEARCH_PAGE_SIZE = 20

/**
 * Full-text search over questions and their answers (questions.search_vector, GIN-indexed):
 * websearch syntax ("phrases", -exclusions, or), ranked by text relevance mixed with net votes,
 * an accepted answer and recency. Snippets (from the question's text; the title is shown above
 * them) are built only for the page shown.
 */
export async function searchQuestions(input: SearchInput): Promise<SearchResult> {
  if (!input.q) return { hits: [], hasMore: false, notice: 'Type a few words to search for.' }
  const db = getDb()
  const { rows: parsed } = await db.execute<{ nodes: number }>(sql`select numnode(websearch_to_tsquery(askwell_search_config(), ${input.q})) as nodes`)
  if (!parsed[0]?.nodes) return { hits: [], hasMore: false, notice: 'Those words are too common to search for. Try more specific ones.' }

  const filters: SQL[] = [sql`q.status = 'visible'`, sql`q.search_vector @@ query.tsq`]
  if (input.category) filters.push(sql`${sql.raw(`q.category${input.category.depth}_id`)} = ${input.category.id}`)
  if (input.tag) filters.push(sql`exists (select 1 from question_tags qt join tags t on t.id = qt.tag_id where qt.question_id = q.id and t.name = ${input.tag})`)
  if (input.status === 'answered') filters.push(sql`q.answer_count > 0`)
  if (input.status === 'unanswered') filters.push(sql`q.answer_count = 0`)
  if (input.status === 'accepted') filters.push(sql`q.accepted_answer_id is not null`)
  if (input.from) filters.push(sql`q.created_at >= ${input.from}::date`)
  if (input.to) filters.push(sql`q.created_at < ${input.to}::date + 1`)

  const { rows } = await db.execute<Omit<SearchHit, 'createdAt' | 'category'> & { createdAt: Date; categoryName: string | null; categoryPath: string | null }>(sql`
    with query as (select websearch_to_tsquery(askwell_search_config(), ${input.q}) as tsq),
    ranked as (
      select q.id,
        -- Relevance first; votes, an accepted answer and freshness lift it by bounded factors.
        ts_rank_cd(q.search_vector, query.tsq, 1)
          * (1 + ln(1 + greatest(q.score, 0)) * 0.3)
          * (case when q.accepted_answer_id is not null then 1.25 else 1 end)
          * (1 / (1 + extract(epoch from now() - q.created_at) / (86400 * 365 * 2))) as rank
      from questions q, query
      where ${sql.join(filters, sql` and `)}
      order by rank desc, q.id desc
      limit ${SEARCH_PAGE_SIZE + 1} offset ${(input.page - 1) * SEARCH_PAGE_SIZE}
    )
    select q.id, q.slug, q.title, q.score, q.answer_count as "answerCount", q.accepted_answer_id is not null as "hasAccepted", q.created_at as "createdAt",
      ts_headline(askwell_search_config(), coalesce(nullif(q.body, ''), q.title), query.tsq, 'StartSel=' || chr(1) || ', StopSel=' || chr(2) || ', MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "') as snippet,
      c.name as "categoryName", c.path as "categoryPath",
      coalesce((select array_agg(t.name order by t.name) from question_tags qt join tags t on t.id = qt.tag_id where qt.question_id = q.id), '{}') as tags
    from ranked r join questions q on q.id = r.id cross join query left join categories c on c.id = q.category_id
    order by r.rank desc, q.id desc`)
  const hits = rows.slice(0, SEARCH_PAGE_SIZE).map(({ categoryName, categoryPath, createdAt, ...h }) => ({
    ...h,
    createdAt: iso(createdAt)!,
    category: categoryName && categoryPath ? { name: categoryName, path: categoryPath } : null,
  }))
  return { hits, hasMore: rows.length > SEARCH_PAGE_SIZE, notice: input.truncated ? 'Only the first 300 characters of your search were used.' : null }
}
