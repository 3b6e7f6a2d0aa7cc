/**
 * How a search finds its candidates. Postgres's own estimate for a text query can be far off
 * (a phrase of correlated words, "word -word"), and either wrong guess is expensive at a million
 * questions: an index-ordered scan hunting for a rare word reads the whole table, a GIN bitmap of
 * a word in a fifth of all questions costs 50 ms before a row is read. So the app decides, from
 * the column's statistics: rare queries take every match from the GIN index; common ones take
 * the matches among the newest and the best-voted few thousand questions.
 */

/** Words a match must contain: websearch syntax without "or", -exclusions and quotes. */
export function requiredText(q: string): { text: string; anyOf: boolean } {
  const tokens = q.replace(/"/g, ' ').split(/\s+/).filter(Boolean)
  const anyOf = tokens.some((t) => t.toLowerCase() === 'or')
  return { text: tokens.filter((t) => !t.startsWith('-') && t.toLowerCase() !== 'or').join(' '), anyOf }
}

/**
 * The largest share of questions the query can match: for "a b" (all required) the rarest word's
 * share, for "a or b" their sum. Words missing from the statistics are rarer than any listed.
 */
export function matchShare(frequencies: number[], anyOf: boolean): number {
  if (frequencies.length === 0) return 0
  return anyOf
    ? Math.min(
        1,
        frequencies.reduce((a, b) => a + b, 0),
      )
    : Math.min(...frequencies)
}

/** Rows read from each window (newest, best-voted), and matches kept from each. */
export const WINDOW_ROWS = 4_000
export const WINDOW_MATCHES = 500
