import { randomUUID } from 'node:crypto'
import path from 'node:path'
import { drizzle } from 'drizzle-orm/node-postgres'
import { migrate } from 'drizzle-orm/node-postgres/migrator'
import pg from 'pg'

/** Applies db/migrations on its own single connection and returns the database's instance id. */
export async function migrateDatabase(connectionString: string): Promise<string> {
  const client = new pg.Client({ connectionString })
  client.on('error', (err) => console.error('[migrate] client error:', err.message))
  await client.connect()
  try {
    // Quiet the "relation already exists, skipping" notices of an up-to-date database.
    await client.query('set client_min_messages = warning')
    await migrate(drizzle(client), { migrationsFolder: path.join(process.cwd(), 'db/migrations') })
    await client.query(`insert into meta (key, value) values ('instance_id', $1) on conflict do nothing`, [
      randomUUID(),
    ])
    const { rows } = await client.query<{ value: string }>(`select value from meta where key = 'instance_id'`)
    return rows[0]!.value
  } finally {
    await client.end()
  }
}
