import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { startEmbeddedPostgres, type RunningPostgres } from './embedded-postgres'

/**
 * A real PostgreSQL in a fresh folder under the system temp dir (never the user's .data/): tests
 * and benchmarks own it, and `stop` removes it.
 */
export async function startThrowawayPostgres(prefix: string): Promise<RunningPostgres> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), `${prefix}-`))
  // The `postgres` user embedded-postgres runs as (when we are root) must be able to enter it.
  await fs.chmod(root, 0o755)
  const pg = await startEmbeddedPostgres({ dataDir: path.join(root, 'pg') })
  return {
    ...pg,
    async stop() {
      await pg.stop()
      await fs.rm(root, { recursive: true, force: true })
    },
  }
}
