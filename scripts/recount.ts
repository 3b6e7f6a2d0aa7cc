/**
 * `npm run recount`: recomputes every counter and every member's points from the rows (DATABASE_URL,
 * or the embedded database in .data/ when unset; stop `npm start` first). Prints what had drifted;
 * with the write path keeping counters exact, that is nothing.
 */
import path from 'node:path'
import { drizzle } from 'drizzle-orm/node-postgres'
import { createPool } from '../db/client'
import { findCounterDrift, readPointsWeights, recomputeCounters } from '../db/counters'
import { openAppDatabase } from './lib/database'

const database = await openAppDatabase(path.resolve('.data'))
const pool = createPool(database.url, 2)
try {
  const db = drizzle(pool)
  // Points follow the weights the admins set, as the write path does.
  const weights = await readPointsWeights(db)
  const before = await findCounterDrift(db, weights)
  console.log(
    before.length === 0
      ? 'Every counter already agreed with the rows.'
      : `${before.length} counters had drifted (showing up to 20):`,
  )
  for (const d of before.slice(0, 20))
    console.log(`  ${d.table} ${d.id} ${d.column}: stored ${d.stored}, rows say ${d.expected}`)
  const started = Date.now()
  await recomputeCounters(db, weights)
  const after = await findCounterDrift(db, weights)
  console.log(`Recomputed in ${((Date.now() - started) / 1000).toFixed(1)}s; ${after.length} differences remain.`)
  process.exitCode = after.length === 0 ? 0 : 1
} finally {
  await pool.end()
  await database.embedded?.stop()
}
