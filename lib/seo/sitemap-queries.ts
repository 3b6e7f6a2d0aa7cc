import 'server-only'
import { sql } from 'drizzle-orm'
import { getDb } from '@/db/client'
import { defaultSettings } from '@/lib/settings/defaults'
import { indexableSql, type IndexingPolicy } from './indexing'
import { URLS_PER_SITEMAP, sitemapSlice } from './sitemap'

export type SitemapQuestion = { id: number; slug: string; lastmod: string }

/** Questions the sitemap lists: visible ones the indexing policy does not leave out. */
export async function countVisibleQuestions(policy: IndexingPolicy = defaultSettings.indexing): Promise<number> {
  const { rows } = await getDb().execute<{ n: number }>(
    sql`select count(*)::int as n from questions where status = 'visible' and ${indexableSql(policy)}`,
  )
  return rows[0]?.n ?? 0
}

/** Questions of sitemap file `id`, in id order, with their last activity as lastmod. */
export async function listSitemapQuestions(
  id: number,
  perFile = URLS_PER_SITEMAP,
  policy: IndexingPolicy = defaultSettings.indexing,
): Promise<SitemapQuestion[]> {
  const { offset, limit } = sitemapSlice(id, perFile)
  const { rows } = await getDb().execute<{ id: number; slug: string; lastmod: Date }>(sql`
    select id, slug, greatest(last_activity_at, edited_at) as lastmod
    from questions where status = 'visible' and ${indexableSql(policy)}
    order by id limit ${limit} offset ${offset}`)
  return rows.map((r) => ({ id: r.id, slug: r.slug, lastmod: new Date(r.lastmod).toISOString() }))
}

/** The newest lastmod in each question file, keyed by file id (≥ 1). */
export async function listSitemapFileLastmods(
  perFile = URLS_PER_SITEMAP,
  policy: IndexingPolicy = defaultSettings.indexing,
): Promise<Map<number, string>> {
  const { rows } = await getDb().execute<{ file: number; lastmod: Date }>(sql`
    select file, max(lastmod) as lastmod from (
      select (row_number() over (order by id) - 1) / ${perFile} + 1 as file, greatest(last_activity_at, edited_at) as lastmod
      from questions where status = 'visible' and ${indexableSql(policy)}
    ) numbered group by file order by file`)
  return new Map(rows.map((r) => [Number(r.file), new Date(r.lastmod).toISOString()]))
}
