import 'server-only'
import { createPool } from '@/db/client'

const WRITERS = 3

/**
 * Records "sent" the moment the SMTP server accepts a message: a worker killed between the server's
 * acceptance and this record sends the message again when its job is retried, so the gap is kept
 * to the time it takes the statement to leave this process. Hence connections of its own (never
 * queued behind claims and renders on the shared pool), up to WRITERS statements at once, marks
 * arriving meanwhile going together in the next one, and synchronous_commit off: once Postgres has
 * the statement it commits it even if this process dies, and the only thing a Postgres crash could
 * undo is a mark, whose cost is one more copy of a message, never a lost one.
 *
 * While the database cannot be reached the marks wait here and are written as soon as it answers;
 * meanwhile this process never sends those messages again.
 */
export function createSentMarks(databaseUrl: string, onWritten: (count: number) => void) {
  const url = new URL(databaseUrl)
  url.searchParams.set('options', '-c synchronous_commit=off')
  const pool = createPool(url.toString(), WRITERS)
  /** Marks no statement has taken yet. */
  const queued = new Set<number>()
  /** Every mark not yet recorded, with whoever waits for it. */
  const unrecorded = new Map<number, (() => void)[]>()
  let writers = 0
  let failures = 0
  let closed = false

  const write = async (): Promise<void> => {
    writers++
    try {
      while (queued.size > 0 && !closed) {
        const ids = [...queued]
        queued.clear()
        try {
          await pool.query(
            `update mail_messages set status = 'sent', sent_at = now(), updated_at = now(), last_error = null where id = any($1::bigint[])`,
            [ids],
          )
        } catch {
          // Unreachable (or shutting down): keep them, and try again shortly.
          for (const id of ids) queued.add(id)
          failures++
          await new Promise((r) => setTimeout(r, Math.min(250 * 2 ** failures, 5_000)))
          continue
        }
        failures = 0
        for (const id of ids) {
          for (const resolve of unrecorded.get(id) ?? []) resolve()
          unrecorded.delete(id)
        }
        onWritten(ids.length)
      }
    } finally {
      writers--
    }
  }

  return {
    /** Resolves once the database has the message as sent (after any outage). */
    mark(id: number): Promise<void> {
      return new Promise<void>((resolve) => {
        unrecorded.set(id, [...(unrecorded.get(id) ?? []), resolve])
        queued.add(id)
        if (writers < WRITERS) void write()
      })
    },
    /** Sent by this process but not yet recorded: never send it again meanwhile. */
    isUnrecorded: (id: number) => unrecorded.has(id),
    async close(timeoutMs: number): Promise<void> {
      const until = Date.now() + timeoutMs
      while (unrecorded.size > 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 100))
      closed = true
      await pool.end()
    },
  }
}

export type SentMarks = ReturnType<typeof createSentMarks>
