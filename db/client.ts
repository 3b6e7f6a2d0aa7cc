import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres'
import pg from 'pg'
import * as schema from './schema'

export type Database = NodePgDatabase<typeof schema>

/**
 * One pool per process. A client whose connection dies mid-query emits 'error' on the client
 * itself, which would crash the process unless handled; pool.on('error') covers idle clients only.
 */
export function createPool(connectionString: string, max = 10): pg.Pool {
  const pool = new pg.Pool({ connectionString, max, idleTimeoutMillis: 30_000 })
  pool.on('error', (err) => console.error('[db] idle client error:', err.message))
  pool.on('connect', (client) => {
    client.on('error', (err) => console.error('[db] client error:', err.message))
  })
  return pool
}

const globalForDb = globalThis as unknown as { askwellPool?: pg.Pool; askwellDb?: Database }

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
  const pool = globalForDb.askwellPool
  globalForDb.askwellPool = undefined
  globalForDb.askwellDb = undefined
  await pool?.end()
}
