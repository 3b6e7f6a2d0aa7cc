import { sql } from 'drizzle-orm'
import { getDb } from './db'

const tables = [
  'users',
  'categories',
  'category_redirects',
  'tags',
  'questions',
  'question_tags',
  'answers',
  'comments',
  'votes',
  'revisions',
  'follows',
  'flags',
  'settings',
  'audit_log',
  'notifications',
]

/** A fingerprint of every row that a write could touch: equal fingerprints mean nothing changed. */
export async function snapshot(): Promise<Record<string, string>> {
  const out: Record<string, string> = {}
  for (const table of tables) {
    const { rows } = await getDb().execute<{ digest: string }>(
      sql`select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '') as digest from ${sql.raw(table)} t`,
    )
    out[table] = rows[0]!.digest
  }
  return out
}
