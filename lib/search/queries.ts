import 'server-only'
import { sql, type SQL } from 'drizzle-orm'
import { getDb } from '@/db/client'
import { iso } from '@/lib/authors'
import { matchShare, requiredText, WINDOW_MATCHES, WINDOW_ROWS } from './plan'
import { RARE_MATCHES } from './term-stats'
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
/** At most this many matches are ranked (see ./plan.ts for which). */
export const SEARCH_CANDIDATES = 1_000
const candidatesNotice = `Only the best ${SEARCH_CANDIDATES.toLocaleString('en')} matches are shown. Add a word or a filter to narrow the search.`

/**
 * Full-text search over questions and their answers (questions.search_vector, GIN-indexed):
 * websearch syntax ("phrases", -exclusions, or), ranked by text relevance mixed with net votes,
 * an accepted answer and recency, over a bounded set of candidates (./plan.ts). Snippets (from the question's text; the title is shown above
 * them) are built only for the page shown.
 */
/**
 * The orders a common query's windows follow, each one an index the filters leave usable: a
 * category's own index (most recently active first), a tag's (newest first), otherwise the
 * newest and the best-voted questions (newest only within a date range, which the votes index
 * cannot narrow).
 */
function windowOrders(input: SearchInput): SQL[] {
  if (input.category)
    return [sql`${sql.raw(`q.category${input.category.depth}_id`)}, q.last_activity_at desc, q.id desc`]
  if (input.tag) return [sql`q.id desc`]
  const newest = sql`q.created_at desc, q.id desc`
  return input.from || input.to ? [newest] : [sql`q.score desc, q.id desc`, newest]
}

export async function searchQuestions(input: SearchInput): Promise<SearchResult> {
  if (!input.q) return { hits: [], hasMore: false, notice: 'Type a few words to search for.' }
  const offset = (input.page - 1) * SEARCH_PAGE_SIZE
  if (offset >= SEARCH_CANDIDATES) return { hits: [], hasMore: false, notice: candidatesNotice }
  const db = getDb()
  const required = requiredText(input.q)
  // The configuration's name as a parameter, so the planner sees the actual query.
  const { rows: parsed } = await db.execute<{
    nodes: number
    config: string
    frequencies: number[]
    visible: number
  }>(sql`
    with stats as (
      select most_common_elems::text::text[] as elems, most_common_elem_freqs as freqs
      from pg_stats where schemaname = current_schema() and tablename = 'questions' and attname = 'search_vector'
    )
    select numnode(websearch_to_tsquery(askwell_search_config(), ${input.q})) as nodes, askwell_search_config()::text as config,
      coalesce((select array_agg(coalesce(s.freqs[array_position(s.elems, l)], 0))
        from unnest(tsvector_to_array(to_tsvector(askwell_search_config(), ${required.text}))) l left join stats s on true), '{}') as frequencies,
      (select greatest(reltuples, 0)::float8 from pg_class where oid = 'questions'::regclass) as visible`)
  const head = parsed[0]
  if (!head?.nodes)
    return { hits: [], hasMore: false, notice: 'Those words are too common to search for. Try more specific ones.' }
  const tsq = sql`websearch_to_tsquery(${head.config}::regconfig, ${input.q})`
  const rare = matchShare(head.frequencies.map(Number), required.anyOf) * head.visible <= RARE_MATCHES

  const filters: SQL[] = [sql`q.status = 'visible'`]
  if (input.category) filters.push(sql`${sql.raw(`q.category${input.category.depth}_id`)} = ${input.category.id}`)
  if (input.tag)
    filters.push(
      sql`q.id in (select qt.question_id from question_tags qt where qt.tag_id = (select id from tags where name = ${input.tag}))`,
    )
  if (input.status === 'answered') filters.push(sql`q.answer_count > 0`)
  if (input.status === 'unanswered') filters.push(sql`q.answer_count = 0`)
  if (input.status === 'accepted') filters.push(sql`q.accepted_answer_id is not null`)
  if (input.from) filters.push(sql`q.created_at >= ${input.from}::date`)
  if (input.to) filters.push(sql`q.created_at < ${input.to}::date + 1`)
  const where = sql.join(filters, sql` and `)
  const candidates = rare
    ? sql`select q.id from questions q where ${where} and q.search_vector @@ ${tsq} limit ${SEARCH_CANDIDATES}`
    : sql.join(
        windowOrders(input).map(
          (
            order,
          ) => sql`(select w.id from (select q.id, q.search_vector from questions q where ${where} order by ${order} limit ${WINDOW_ROWS}) w
            where w.search_vector @@ ${tsq} limit ${WINDOW_MATCHES})`,
        ),
        sql` union `,
      )

  const { rows } = await db.execute<
    Omit<SearchHit, 'createdAt' | 'category'> & {
      createdAt: Date
      categoryName: string | null
      categoryPath: string | null
    }
  >(sql`
    with candidates as (${candidates}),
    ranked as (
      select q.id,
        -- Relevance first; votes, an accepted answer and freshness lift it by bounded factors.
        ts_rank_cd(q.search_vector, ${tsq}, 1)
          * (1 + ln(1 + greatest(q.score, 0)) * 0.3)
          * (case when q.accepted_answer_id is not null then 1.25 else 1 end)
          * (1 / (1 + extract(epoch from now() - q.created_at) / (86400 * 365 * 2))) as rank
      from candidates c join questions q on q.id = c.id
      order by rank desc, q.id desc
      limit ${SEARCH_PAGE_SIZE + 1} offset ${offset}
    )
    select q.id, q.slug, q.title, q.score, q.answer_count as "answerCount", q.accepted_answer_id is not null as "hasAccepted", q.created_at as "createdAt",
      ts_headline(${head.config}::regconfig, coalesce(nullif(q.body, ''), q.title), ${tsq}, 'StartSel=' || chr(1) || ', StopSel=' || chr(2) || ', MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "') as snippet,
      c.name as "categoryName", c.path as "categoryPath",
      coalesce((select array_agg(t.name order by t.name) from question_tags qt join tags t on t.id = qt.tag_id where qt.question_id = q.id), '{}') as tags
    from ranked r join questions q on q.id = r.id left join categories c on c.id = q.category_id
    order by r.rank desc, q.id desc`)
  const hits = rows.slice(0, SEARCH_PAGE_SIZE).map(({ categoryName, categoryPath, createdAt, ...h }) => ({
    ...h,
    createdAt: iso(createdAt)!,
    category: categoryName && categoryPath ? { name: categoryName, path: categoryPath } : null,
  }))
  const hasMore = rows.length > SEARCH_PAGE_SIZE && offset + SEARCH_PAGE_SIZE < SEARCH_CANDIDATES
  const notice = input.truncated
    ? 'Only the first 300 characters of your search were used.'
    : rows.length > SEARCH_PAGE_SIZE && !hasMore
      ? candidatesNotice
      : null
  return { hits, hasMore, notice }
}
