import 'server-only'
import { sql } from 'drizzle-orm'
import type { Tx } from '@/lib/posts/locate'

export type AuditEntry = {
  /** null for the system itself (e.g. a post hidden by flags). */
  actorId: number | null
  action: string
  targetType: string
  targetId: number | null
  before?: unknown
  after?: unknown
  reason?: string | null
}

/** One row in the append-only audit log, in the transaction of the change it records. */
export async function recordAudit(tx: Pick<Tx, 'execute'>, entry: AuditEntry): Promise<void> {
  await tx.execute(sql`
    insert into audit_log (actor_id, action, target_type, target_id, before, after, reason)
    values (${entry.actorId}, ${entry.action}, ${entry.targetType}, ${entry.targetId},
      ${entry.before === undefined ? null : JSON.stringify(entry.before)}::jsonb, ${entry.after === undefined ? null : JSON.stringify(entry.after)}::jsonb, ${entry.reason ?? null})`)
}
