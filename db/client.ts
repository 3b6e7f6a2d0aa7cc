import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres'
import pg from 'pg'
import * as schema from './schema'

export type Database = NodePgDatabase<typeof schema>

/**
 * A refused connection fails at once, but an unanswered one would wait for TCP to give up (minutes):
 * a connect timeout turns an unreachable database into a quick error that pages and forms can handle.
 * It is set on the client, not the pool, because the pool's own `connectionTimeoutMillis` also
 * counts the wait for a free connection, so a burst of requests would fail while the database is fine.
 */
class ConnectTimeoutClient extends pg.Client {
  constructor(config?: string | pg.ClientConfig) {
    super({ ...(typeof config === 'string' ? { connectionString: config } : config), connectionTimeoutMillis: 5_000 })
  }
}

/**
 * One pool per process. A client whose connection dies mid-query emits 'error' on the client
 * itself, which would crash the process unless handled; pool.on('error') covers idle clients only.
 */
export function createPool(connectionString: string, max = 10): pg.Pool {
  const pool = new pg.Pool({ connectionString, max, idleTimeoutMillis: 30_000, Client: ConnectTimeoutClient })
  pool.on('error', (err) => {
    console.error('[db] idle client error:', err.message)
    noteConnectionError(err)
  })
  pool.on('connect', (client) => {
    client.on('error', (err) => {
      console.error('[db] client error:', err.message)
      noteConnectionError(err)
    })
  })
  return pool
}

type Health = { checkedAt: number; reachable: boolean; lastDownAt: number; probe: Promise<boolean> | null }

const globalForDb = globalThis as unknown as {
  askwellPool?: pg.Pool
  askwellDb?: Database
  askwellDbHealth?: Health
  askwellProbePool?: pg.Pool
}

function connectionString(): string {
  const url = process.env.DATABASE_URL
  if (!url) throw new Error('DATABASE_URL is not set: start the app with `npm start`, which provides one.')
  return url
}

/** The shared pool, created on first use so that importing this module never needs a database. */
export function getPool(): pg.Pool {
  globalForDb.askwellPool ??= createPool(connectionString(), Number(process.env.DATABASE_POOL_MAX ?? 10))
  return globalForDb.askwellPool
}

export function getDb(): Database {
  globalForDb.askwellDb ??= drizzle(getPool(), { schema })
  return globalForDb.askwellDb
}

export async function closeDb(): Promise<void> {
  const pools = [globalForDb.askwellPool, globalForDb.askwellProbePool]
  globalForDb.askwellPool = undefined
  globalForDb.askwellDb = undefined
  globalForDb.askwellProbePool = undefined
  await Promise.all(pools.map(async (pool) => pool?.end()))
}

const connectionErrorCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
])
const connectionErrorMessages =
  /Connection terminated|timeout expired|timeout exceeded when trying to connect|not queryable|Query read timeout/i

/**
 * Whether an error means the database could not be reached (refused, dropped, shutting down, timed
 * out), as opposed to a bug or a bad query. Drizzle wraps driver errors, so causes are followed.
 */
export function isConnectionError(err: unknown): boolean {
  for (
    let e: unknown = err, depth = 0;
    e && typeof e === 'object' && depth < 5;
    e = (e as { cause?: unknown }).cause, depth++
  ) {
    const { code, message, errors } = e as { code?: unknown; message?: unknown; errors?: unknown }
    if (typeof code === 'string' && (connectionErrorCodes.has(code) || code.startsWith('08') || code.startsWith('57P')))
      return true
    if (typeof message === 'string' && connectionErrorMessages.test(message)) return true
    if (Array.isArray(errors) && errors.some(isConnectionError)) return true
  }
  return false
}

function health(): Health {
  globalForDb.askwellDbHealth ??= { checkedAt: 0, reachable: true, lastDownAt: 0, probe: null }
  return globalForDb.askwellDbHealth
}

function markDown(h: Health): void {
  Object.assign(h, { reachable: false, checkedAt: Date.now(), lastDownAt: Date.now() })
}

/** A server shutting down drops every pooled connection with an error: the outage is known at once. */
function noteConnectionError(err: unknown): void {
  if (isConnectionError(err)) markDown(health())
}

/**
 * Whether the database answers a trivial query, asked at most once a second (callers in between
 * share the last answer), so pages can decide cheaply whether to serve their last good copy. While
 * it is known to be down, callers get that answer at once and the next probe runs behind them.
 */
export function databaseReachable(): Promise<boolean> {
  const h = health()
  if (Date.now() - h.checkedAt < 1_000) return Promise.resolve(h.reachable)
  // Its own connection: a busy main pool must not read as a database that is down.
  globalForDb.askwellProbePool ??= createPool(connectionString(), 1)
  const probe = { text: 'select 1', query_timeout: 2_000 } as pg.QueryConfig
  const pending = (h.probe ??= globalForDb.askwellProbePool
    .query(probe)
    .then(
      () => true,
      (err: unknown) => !isConnectionError(err),
    )
    .then((reachable) => {
      h.probe = null
      if (reachable) Object.assign(h, { reachable, checkedAt: Date.now() })
      else markDown(h)
      return reachable
    }))
  return h.reachable ? pending : Promise.resolve(false)
}

/** Whether the last probes found the database down within the last `ms` milliseconds. */
export function databaseDownWithin(ms: number): boolean {
  const h = health()
  return !h.reachable || Date.now() - h.lastDownAt < ms
}

/**
 * cache-handler.mjs is plain JavaScript that Next loads by path, outside its bundles, so it finds
 * these two through globalThis; where nothing registered them (next build) it treats the database as
 * reachable and behaves as Next's own cache does.
 */
;(globalThis as Record<symbol, unknown>)[Symbol.for('askwell.databaseHealth')] ??= {
  databaseReachable,
  databaseDownWithin,
}
