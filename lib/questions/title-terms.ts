/** Title words (stemmed lexemes from to_tsvector) that can stand in a tsquery without quoting. */
export function titleTerms(lexemes: string[]): string[] {
  return [...new Set(lexemes.filter((l) => /^[\p{L}\p{N}]+$/u.test(l) && /\p{L}/u.test(l)))].slice(0, 8)
}

/**
 * A tsquery over questions.title_vector (for to_tsquery('simple', …)) needing two shared words, or
 * the one word of a one-word title: a single common word ("anxiety") relates half a mental-health
 * site, a pair of them rarely.
 */
export function titlePairsQuery(terms: string[]): string | null {
  if (terms.length === 0) return null
  if (terms.length === 1) return terms[0]!
  const pairs: string[] = []
  for (let i = 0; i < terms.length; i++)
    for (let j = i + 1; j < terms.length; j++) pairs.push(`(${terms[i]} & ${terms[j]})`)
  return pairs.join(' | ')
}

/** Any of the words, anywhere in the question or its answers. */
export const anyWordQuery = (terms: string[]): string | null => (terms.length ? terms.join(' | ') : null)
