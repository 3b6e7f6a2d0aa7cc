import 'server-only'
import fs from 'node:fs/promises'
import path from 'node:path'
import { sql } from 'drizzle-orm'
import { getDb } from '@/db/client'
import { iso } from '@/lib/authors'
import type { Actor } from '@/lib/auth/actor'
import { refuseBelow } from '@/lib/auth/staff'
import { env } from '@/lib/env'
import { ok, type Result } from '@/lib/result'

export type MailRow = {
  id: number
  key: string
  to: string | null
  kind: string
  status: string
  attempts: number
  lastError: string | null
  updatedAt: string
}

/** How many messages are in each status. Admins only, like everything in this file. */
export async function mailStatusCounts(actor: Actor | null): Promise<Result<Record<string, number>>> {
  const refused = refuseBelow(actor, 'admin')
  if (refused) return refused
  const { rows } = await getDb().execute<{ status: string; n: number }>(
    sql`select status::text, count(*)::int as n from mail_messages group by 1`,
  )
  return ok(Object.fromEntries(rows.map((r) => [r.status, r.n])))
}

/** The newest messages in one status (or all), with their recipient's address for admins only. */
export async function listMail(actor: Actor | null, status: string | null, limit = 50): Promise<Result<MailRow[]>> {
  const refused = refuseBelow(actor, 'admin')
  if (refused) return refused
  const { rows } = await getDb().execute<Omit<MailRow, 'updatedAt'> & { updatedAt: Date }>(sql`
    select m.id, m.key, coalesce(u.email, m.to_email) as "to", m.kind, m.status::text, m.attempts, m.last_error as "lastError", m.updated_at as "updatedAt"
    from mail_messages m left join users u on u.id = m.user_id
    ${status ? sql`where m.status = ${status}::mail_status` : sql``}
    order by m.updated_at desc limit ${limit}`)
  return ok(rows.map((r) => ({ ...r, id: Number(r.id), updatedAt: iso(r.updatedAt)! })))
}

const safeName = (name: string) => /^[\w.-]+\.eml$/.test(name)

/** The local mailbox (no SMTP_URL): the newest .eml files in MAIL_DIR. */
export async function listLocalMailbox(
  actor: Actor | null,
  limit = 50,
): Promise<Result<{ name: string; size: number }[]>> {
  const refused = refuseBelow(actor, 'admin')
  if (refused) return refused
  const dir = path.resolve(env.MAIL_DIR)
  const names = await fs.readdir(dir).catch(() => [] as string[])
  const files = names.filter(safeName).sort().reverse().slice(0, limit)
  return ok(await Promise.all(files.map(async (name) => ({ name, size: (await fs.stat(path.join(dir, name))).size }))))
}

/** One message from the local mailbox (sign-in links included, so admins only); null data when there is none. */
export async function readLocalMail(actor: Actor | null, name: string): Promise<Result<string | null>> {
  const refused = refuseBelow(actor, 'admin')
  if (refused) return refused
  if (!safeName(name)) return ok(null)
  return ok(await fs.readFile(path.join(path.resolve(env.MAIL_DIR), name), 'utf8').catch(() => null))
}
