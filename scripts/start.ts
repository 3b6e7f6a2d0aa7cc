/**
 * `npm start` (production) and `npm run dev`: database, migrations, first-start demo content,
 * build when needed, then the web server. Ctrl-C / SIGTERM stop the server and Postgres cleanly.
 */
import path from 'node:path'
import { closeDb } from '../db/client'
import { ensureAdmin } from '../db/seed/admin'
import { seedDemoOnce } from '../db/seed/demo'
import { buildApp, staleBuildReason } from './lib/build'
import { openAppDatabase } from './lib/database'
import { loadLocalSecrets } from './lib/local-secrets'
import { startNextServer, type RunningServer } from './lib/server'
import { startWorkerProcess, type WorkerProcess } from './lib/worker-process'

const dev = process.argv.includes('--dev')
const dataDir = path.resolve('.data')
const port = Number(process.env.PORT ?? 3000)

async function main() {
  const secrets = loadLocalSecrets(dataDir)
  process.env.REVALIDATE_SECRET ??= secrets.revalidateSecret
  process.env.AUTH_SECRET ??= secrets.authSecret
  process.env.SITE_URL ??= `http://localhost:${port}`
  process.env.PORT = String(port)

  const db = await openAppDatabase(dataDir)
  let server: RunningServer | null = null
  let worker: WorkerProcess | null = null
  let stopping = false
  const stop = async (signal: string) => {
    if (stopping) return
    stopping = true
    console.log(`\n[askwell] ${signal}: stopping…`)
    await server?.close().catch(() => {})
    await worker?.stop()
    await closeDb().catch(() => {})
    await db.embedded?.stop()
    console.log('[askwell] stopped')
    process.exit(0)
  }
  process.on('SIGINT', () => void stop('SIGINT'))
  process.on('SIGTERM', () => void stop('SIGTERM'))

  process.env.DATABASE_URL = db.url
  if (db.embedded) {
    const seeded = await seedDemoOnce(db.url)
    if (seeded)
      console.log(
        `[askwell] demo community seeded: ${seeded.questions} questions, ${seeded.answers} answers, ${seeded.users} users`,
      )
  }

  const admin = await ensureAdmin(db.url, process.env.ADMIN_EMAIL ?? 'admin@askwell.invalid')
  if (admin) {
    console.log(
      `\n[askwell] administrator created — shown only this once:\n  email:    ${admin.email}\n  password: ${admin.password}\n  (change it: sign in, or use "Forgot your password?"; without SMTP_URL the mail lands in .data/mail)\n`,
    )
  }

  if (!dev) {
    const distDir = path.resolve(process.env.NEXT_DIST_DIR || '.next')
    const reason = staleBuildReason(distDir, db.databaseId, process.env.SITE_URL)
    if (reason) {
      console.log(`[askwell] building (${reason})…`)
      await buildApp(distDir, db.databaseId, process.env.SITE_URL, process.env)
    }
  }
  if (stopping) return
  // The mail worker (notifications, digests) runs beside the web server unless WORKER=off, e.g.
  // when `npm run worker` runs it elsewhere.
  if (process.env.WORKER !== 'off') worker = startWorkerProcess(process.env)
  server = await startNextServer({ dev, port })
  console.log(`[askwell] ${dev ? 'development' : 'production'} server on ${server.url}`)
}

main().catch(async (err: unknown) => {
  console.error('[askwell] failed to start:', err)
  process.exit(1)
})
