/** Serves an existing production build with the environment it is given (used by the benchmarks). */
import { closeDb } from '../db/client'
import { startNextServer } from './lib/server'

const port = Number(process.env.PORT ?? 3000)
const server = await startNextServer({ dev: false, port })
console.log(`ready ${server.url}`)
const stop = async () => {
  await server.close()
  await closeDb()
  process.exit(0)
}
process.on('SIGTERM', () => void stop())
process.on('SIGINT', () => void stop())
