import { spawn, type ChildProcess } from 'node:child_process'

export type WorkerProcess = {
  /** The worker running now (a new one after each restart). */
  readonly child: ChildProcess
  readonly restarts: number
  stop: () => Promise<void>
}

const FIRST_DELAY_MS = 1_000
const MAX_DELAY_MS = 30_000
/** A worker that ran this long before dying starts the backoff over. */
const HEALTHY_AFTER_MS = 60_000
const STOP_TIMEOUT_MS = 20_000

/**
 * The mail worker as a supervised child process with `env` (lib/ code needs the react-server
 * condition). A worker that dies for any reason (a crash, the OOM killer, a kill -9) is logged and
 * started again after 1 s, doubling to 30 s while it keeps dying quickly. The IPC channel lets the
 * worker notice when this process is gone, so it never outlives its supervisor.
 */
export function startWorkerProcess(
  env: NodeJS.ProcessEnv,
  log: (line: string) => void = (line) => console.log(`[askwell] ${line}`),
): WorkerProcess {
  let stopping = false
  let restarts = 0
  let delay = FIRST_DELAY_MS
  let timer: NodeJS.Timeout | null = null
  let child: ChildProcess

  const launch = () => {
    timer = null
    const startedAt = Date.now()
    child = spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'scripts/worker.ts'], {
      env,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    })
    child.on('error', (err) => log(`mail worker could not be started: ${err.message}`))
    child.once('exit', (code, signal) => {
      if (stopping) return
      if (Date.now() - startedAt >= HEALTHY_AFTER_MS) delay = FIRST_DELAY_MS
      log(
        `mail worker (pid ${child.pid}) exited ${signal ? `on ${signal}` : `with code ${code}`}; restarting it in ${delay / 1000} s`,
      )
      timer = setTimeout(() => {
        restarts++
        launch()
        log(`mail worker restarted (pid ${child.pid}, restart ${restarts})`)
      }, delay)
      delay = Math.min(delay * 2, MAX_DELAY_MS)
    })
  }
  launch()

  return {
    get child() {
      return child
    },
    get restarts() {
      return restarts
    },
    stop: () =>
      new Promise<void>((resolve) => {
        stopping = true
        if (timer) clearTimeout(timer)
        if (child.exitCode !== null || child.signalCode !== null) return resolve()
        const force = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS)
        child.once('exit', () => {
          clearTimeout(force)
          resolve()
        })
        child.kill('SIGTERM')
      }),
  }
}
