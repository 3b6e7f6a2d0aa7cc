/** A positive integer id from a URL segment, or null ("12abc", "0", "-3" and huge values are not ids). */
export function parseId(segment: string | undefined): number | null {
  if (!segment || !/^[1-9]\d{0,9}$/.test(segment)) return null
  const n = Number(segment)
  return n <= 2_147_483_647 ? n : null
}

/**
 * The page number of a list URL's optional trailing "page/N" segments, and what precedes them.
 * Returns null for anything else, so junk URLs are 404s rather than duplicates of page 1.
 */
export function splitPage(segments: string[]): { rest: string[]; page: number } | null {
  const n = segments.length
  if (n >= 2 && segments[n - 2] === 'page') {
    const page = parseId(segments[n - 1])
    if (page === null || page === 1) return null
    return { rest: segments.slice(0, n - 2), page }
  }
  return { rest: segments, page: 1 }
}

/**
 * A URL segment with its %-escapes decoded, or null when they are malformed (`%E0`, `%zz`): Next
 * hands route parameters over still encoded, and decodeURIComponent throws on those, which would be
 * a 500. Every page and route handler decodes its parameters here and answers 404 for null.
 */
export function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment)
  } catch {
    return null
  }
}

/** Every segment decoded, or null if any is malformed. */
export function decodeSegments(segments: string[]): string[] | null {
  const decoded = segments.map(decodeSegment)
  return decoded.every((s): s is string => s !== null) ? decoded : null
}
