import 'server-only'
import { sql } from 'drizzle-orm'
import type { Database } from '@/db/client'

/** A free handle derived from a name or email: lowercase letters, digits and hyphens, 3–20 long. */
export async function freeHandle(db: Pick<Database, 'execute'>, seed: string): Promise<string> {
  const base =
    seed
      .split('@')[0]!
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 16) || 'member'
  const padded = base.length < 3 ? `${base}-member`.slice(0, 16) : base
  for (let n = 0; n < 50; n++) {
    const candidate = n === 0 ? padded : `${padded}-${n + 1}`
    const { rows } = await db.execute(sql`select 1 from users where lower(handle) = ${candidate}`)
    if (!rows.length) return candidate
  }
  return `${padded.slice(0, 10)}-${Date.now().toString(36)}`
}
