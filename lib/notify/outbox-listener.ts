import 'server-only'
import pg from 'pg'
import { OUTBOX_CHANNEL } from './outbox'

/**
 * LISTENs for the outbox's NOTIFY on a connection of its own, and opens it again (backing off to
 * 30 s) whenever it is lost, e.g. while Postgres restarts. Each (re)connection wakes the relay once,
 * for anything written while no one was listening.
 */
export function listenForOutbox(
  databaseUrl: string,
  wake: () => void,
  log: (message: string) => void,
): { stop: () => Promise<void> } {
  let client: pg.Client | null = null
  let retry: NodeJS.Timeout | null = null
  let stopped = false
  let delay = 1_000

  const connect = async () => {
    retry = null
    const c = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5_000 })
    let lost = false
    const reconnect = (why: string) => {
      if (lost || stopped) return
      lost = true
      if (client === c) client = null
      c.end().catch(() => {})
      log(`outbox listener down (${why}); listening again in ${delay / 1000} s`)
      retry = setTimeout(() => void connect(), delay)
      delay = Math.min(delay * 2, 30_000)
    }
    c.on('error', (err) => reconnect(err.message))
    c.on('end', () => reconnect('connection closed'))
    c.on('notification', () => wake())
    try {
      await c.connect()
      await c.query(`listen ${OUTBOX_CHANNEL}`)
    } catch (err) {
      return reconnect(err instanceof Error ? err.message : String(err))
    }
    if (stopped) return void c.end().catch(() => {})
    client = c
    delay = 1_000
    wake()
  }
  void connect()

  return {
    async stop() {
      stopped = true
      if (retry) clearTimeout(retry)
      await client?.end().catch(() => {})
    },
  }
}
