/**
 * `npm run worker`: the mail worker on its own (scale it apart from the web servers). Needs
 * DATABASE_URL (and SMTP_URL for real mail); `npm start` runs one itself unless WORKER=off.
 * Started with the react-server condition so lib/ modules (marked server-only) load outside Next.
 */
import path from 'node:path'
import { closeDb } from '../db/client'
import { loadLocalSecrets } from './lib/local-secrets'

if (!process.env.DATABASE_URL) {
  console.error('[worker] DATABASE_URL is not set. `npm start` runs the worker for its own database; `npm run worker` is for a database you run.')
  process.exit(1)
}
const secrets = loadLocalSecrets(path.resolve('.data'))
process.env.AUTH_SECRET ??= secrets.authSecret

const { startMailWorker } = await import('../lib/notify/worker')
const worker = await startMailWorker({ databaseUrl: process.env.DATABASE_URL })
let stopping = false
const stop = async () => {
  if (stopping) return
  stopping = true
  await worker.stop().catch((err: Error) => console.error('[worker] stop:', err.message))
  await closeDb()
  process.exit(0)
}
process.on('SIGTERM', () => void stop())
process.on('SIGINT', () => void stop())
