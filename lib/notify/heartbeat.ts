import 'server-only'
import { randomBytes } from 'node:crypto'
import os from 'node:os'
import { sql } from 'drizzle-orm'
import { getDb } from '@/db/client'
import { atLeast, type Actor } from '@/lib/auth/actor'
import { iso } from '@/lib/authors'
import { fail, ok, type Result } from '@/lib/result'

/** How often a running worker writes its row; a row older than WORKER_ALIVE_SECONDS is a worker gone. */
export const HEARTBEAT_SECONDS = 5
export const WORKER_ALIVE_SECONDS = 4 * HEARTBEAT_SECONDS

export type WorkerBeat = { id: string; startedAt: Date; lastSentAt: Date | null; sentCount: number }

export function newWorkerBeat(): WorkerBeat {
  return {
    id: `${os.hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`,
    startedAt: new Date(),
    lastSentAt: null,
    sentCount: 0,
  }
}

/** Writes this worker's row (the database's clock decides "alive"), and forgets rows of workers gone a day. */
export async function writeHeartbeat(beat: WorkerBeat): Promise<void> {
  await getDb().execute(sql`
    insert into mail_workers (id, host, pid, started_at, beat_at, last_sent_at, sent_count)
    values (${beat.id}, ${os.hostname()}, ${process.pid}, ${beat.startedAt}, now(), ${beat.lastSentAt}, ${beat.sentCount})
    on conflict (id) do update set beat_at = now(), last_sent_at = excluded.last_sent_at, sent_count = excluded.sent_count`)
  await getDb().execute(sql`delete from mail_workers where beat_at < now() - interval '1 day'`)
}

/**
 * Marks stopped the workers on this host whose process is gone (killed, crashed), so that the
 * messages they held are taken over now rather than when their heartbeat goes stale.
 */
export async function retireGoneWorkersHere(): Promise<void> {
  const { rows } = await getDb().execute<{ id: string; pid: number }>(
    sql`select id, pid from mail_workers where host = ${os.hostname()} and stopped_at is null`,
  )
  const gone = rows.filter((r) => r.pid !== process.pid && !processExists(r.pid)).map((r) => r.id)
  if (gone.length)
    await getDb().execute(
      sql`update mail_workers set stopped_at = now() where id in (${sql.join(
        gone.map((id) => sql`${id}`),
        sql`, `,
      )})`,
    )
}

function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** A worker stopping on purpose says so at once, rather than fading out after WORKER_ALIVE_SECONDS. */
export async function retireHeartbeat(beat: WorkerBeat): Promise<void> {
  await getDb().execute(
    sql`update mail_workers set stopped_at = now(), last_sent_at = ${beat.lastSentAt}, sent_count = ${beat.sentCount} where id = ${beat.id}`,
  )
}

export type MailWorkerRow = {
  host: string
  pid: number
  startedAt: string
  beatAt: string
  lastSentAt: string | null
  sentCount: number
}
export type MailWorkerStatus = { alive: MailWorkerRow[]; lastSentAt: string | null }

/** For /admin/mail (admins only): the workers alive now, and when any worker last sent a message. */
export async function getMailWorkerStatus(actor: Actor): Promise<Result<MailWorkerStatus>> {
  if (!atLeast(actor, 'admin'))
    return fail(actor.kind === 'member' ? 'forbidden' : 'unauthenticated', 'Only admins can see the mail workers.')
  const { rows } = await getDb().execute<{
    host: string
    pid: number
    startedAt: Date
    beatAt: Date
    lastSentAt: Date | null
    sentCount: number
    alive: boolean
  }>(sql`
    select host, pid, started_at as "startedAt", beat_at as "beatAt", last_sent_at as "lastSentAt", sent_count::int as "sentCount",
      stopped_at is null and beat_at > now() - make_interval(secs => ${WORKER_ALIVE_SECONDS}) as alive
    from mail_workers order by started_at`)
  const sentAt = rows.map((r) => r.lastSentAt).filter((d): d is Date => d !== null)
  return ok({
    alive: rows
      .filter((r) => r.alive)
      .map((r) => ({
        host: r.host,
        pid: r.pid,
        startedAt: iso(r.startedAt)!,
        beatAt: iso(r.beatAt)!,
        lastSentAt: iso(r.lastSentAt),
        sentCount: r.sentCount,
      })),
    lastSentAt: sentAt.length ? iso(new Date(Math.max(...sentAt.map((d) => new Date(d).getTime())))) : null,
  })
}
