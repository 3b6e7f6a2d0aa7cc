import { escapeXml } from '../xml'

/** Google's limit per sitemap file. */
export const URLS_PER_SITEMAP = 50_000

/**
 * How the site's URLs split into sitemap files: file 0 holds the lists (home, categories, tags);
 * files 1..n hold the questions in id order, at most `perFile` each.
 */
export function sitemapIds(questionCount: number, perFile = URLS_PER_SITEMAP): number[] {
  const questionFiles = Math.ceil(Math.max(0, questionCount) / perFile)
  return Array.from({ length: questionFiles + 1 }, (_, i) => i)
}

/** The slice of the id-ordered question list that sitemap file `id` (≥ 1) holds. */
export function sitemapSlice(id: number, perFile = URLS_PER_SITEMAP): { offset: number; limit: number } {
  if (!Number.isInteger(id) || id < 1) throw new RangeError(`sitemap ${id} holds no questions`)
  return { offset: (id - 1) * perFile, limit: perFile }
}

export function sitemapIndexXml(entries: { loc: string; lastmod?: string }[]): string {
  const items = entries
    .map(
      (e) => `<sitemap><loc>${escapeXml(e.loc)}</loc>${e.lastmod ? `<lastmod>${e.lastmod}</lastmod>` : ''}</sitemap>`,
    )
    .join('\n')
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items}\n</sitemapindex>\n`
}
