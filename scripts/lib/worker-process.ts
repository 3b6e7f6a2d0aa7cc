import { spawn, type ChildProcess } from 'node:child_process'

export type WorkerProcess = { child: ChildProcess; stop: () => Promise<void> }

/** The mail worker as a child process with `env` (lib/ code needs the react-server condition). */
export function startWorkerProcess(env: NodeJS.ProcessEnv): WorkerProcess {
  const child = spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'scripts/worker.ts'], { env, stdio: ['ignore', 'inherit', 'inherit'] })
  return {
    child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      }),
  }
}
