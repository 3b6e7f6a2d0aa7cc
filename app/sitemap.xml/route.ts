import { readSitemapCount, readSitemapLastmods } from '@/lib/cached'
import { sitemapIds, sitemapIndexXml } from '@/lib/seo/sitemap'
import { absoluteUrl } from '@/lib/site'

export const revalidate = 3600

/** The sitemap index: one entry per file that /sitemaps/sitemap/{id}.xml serves. */
export async function GET() {
  const [count, lastmods] = await Promise.all([readSitemapCount(), readSitemapLastmods()])
  const entries = sitemapIds(count).map((id) => ({
    loc: absoluteUrl(`/sitemaps/sitemap/${id}.xml`),
    lastmod: lastmods[String(id)],
  }))
  return new Response(sitemapIndexXml(entries), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } })
}
