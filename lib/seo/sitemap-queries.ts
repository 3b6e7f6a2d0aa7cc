import 'server-only'
import { sql } from 'drizzle-orm'
import { getDb } from '@/db/client'
import { URLS_PER_SITEMAP, sitemapSlice } from './sitemap'

export type SitemapQuestion = { id: number; slug: string; lastmod: string }

export async function countVisibleQuestions(): Promise<number> {
  const { rows } = await getDb().execute<{ n: number }>(sql`select count(*)::int as n from questions where status = 'visible'`)
  return rows[0]?.n ?? 0
}

/** Questions of sitemap file `id`, in id order, with their last activity as lastmod. */
export async function listSitemapQuestions(id: number, perFile = URLS_PER_SITEMAP): Promise<SitemapQuestion[]> {
  const { offset, limit } = sitemapSlice(id, perFile)
  const { rows } = await getDb().execute<{ id: number; slug: string; lastmod: Date }>(sql`
    select id, slug, greatest(last_activity_at, edited_at) as lastmod
    from questions where status = 'visible'
    order by id limit ${limit} offset ${offset}`)
  return rows.map((r) => ({ id: r.id, slug: r.slug, lastmod: new Date(r.lastmod).toISOString() }))
}

/** The newest lastmod in each question file, keyed by file id (≥ 1). */
export async function listSitemapFileLastmods(perFile = URLS_PER_SITEMAP): Promise<Map<number, string>> {
  const { rows } = await getDb().execute<{ file: number; lastmod: Date }>(sql`
    select file, max(lastmod) as lastmod from (
      select (row_number() over (order by id) - 1) / ${perFile} + 1 as file, greatest(last_activity_at, edited_at) as lastmod
      from questions where status = 'visible'
    ) numbered group by file order by file`)
  return new Map(rows.map((r) => [Number(r.file), new Date(r.lastmod).toISOString()]))
}
