import 'server-only'
import { sql } from 'drizzle-orm'
import { getDb } from '@/db/client'

export type TermStats = { shares: Map<string, number>; rows: number }

/**
 * The share of questions whose `column` holds each lexeme, from Postgres's statistics (ANALYZE
 * keeps the most common ones; a lexeme missing there is rarer than any listed, counted as 0),
 * and the table's row estimate. No statistics yet (a new site) means every word counts as rare.
 */
export async function termStats(column: 'search_vector' | 'title_vector', lexemes: string[]): Promise<TermStats> {
  const { rows } = await getDb().execute<{ lexeme: string; share: number }>(sql`
    with stats as (
      select most_common_elems::text::text[] as elems, most_common_elem_freqs as freqs
      from pg_stats where schemaname = current_schema() and tablename = 'questions' and attname = ${column}
    )
    select l as lexeme, coalesce((select s.freqs[array_position(s.elems, l)] from stats s), 0)::float8 as share
    from unnest(${`{${lexemes.join(',')}}`}::text[]) l
    union all
    select '', greatest(reltuples, 0)::float8 from pg_class where oid = 'questions'::regclass`)
  const total = rows.find((r) => r.lexeme === '')
  return {
    shares: new Map(rows.filter((r) => r.lexeme !== '').map((r) => [r.lexeme, Number(r.share)])),
    rows: Number(total?.share ?? 0),
  }
}

/** Up to this many estimated matches, a GIN bitmap is cheap; above it, read a window of rows instead. */
export const RARE_MATCHES = 5_000

/** Estimated matches of "every pair of these terms" (any pair may match). */
export function pairMatches(stats: TermStats, terms: string[]): number {
  const share = (t: string) => stats.shares.get(t) ?? 0
  if (terms.length === 1) return share(terms[0]!) * stats.rows
  let sum = 0
  for (let i = 0; i < terms.length; i++)
    for (let j = i + 1; j < terms.length; j++) sum += Math.min(share(terms[i]!), share(terms[j]!))
  return Math.min(1, sum) * stats.rows
}

/** Estimated matches of "any of these terms". */
export const anyMatches = (stats: TermStats, terms: string[]): number =>
  Math.min(
    1,
    terms.reduce((a, t) => a + (stats.shares.get(t) ?? 0), 0),
  ) * stats.rows
