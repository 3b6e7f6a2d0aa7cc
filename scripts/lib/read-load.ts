/**
 * A steady read load on a running site: autocannon with N connections cycling through page paths,
 * in its own process so that its event loop never delays the measurements of the process that
 * started it. `startReadLoad` runs this file; run directly it is the load itself, with its
 * settings in READ_LOAD (JSON), and prints its results as JSON on SIGTERM.
 */
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import autocannon from 'autocannon'

type LoadSettings = { siteUrl: string; paths: string[]; connections: number }
export type ReadLoadResult = {
  requests: number
  requestsPerSecond: number
  p50: number
  p99: number
  non2xx: number
  errors: number
  cache: Record<string, number>
}
export type ReadLoad = { stop: () => Promise<ReadLoadResult> }

const thisFile = fileURLToPath(import.meta.url)

/** Starts the load and resolves once the first responses came back. */
export async function startReadLoad(settings: LoadSettings): Promise<ReadLoad> {
  const child = spawn(process.execPath, ['--import', 'tsx', thisFile], {
    env: { ...process.env, READ_LOAD: JSON.stringify(settings) },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  let out = ''
  child.stdout.on('data', (c: Buffer) => (out += c.toString()))
  await new Promise<void>((resolve, reject) => {
    const check = setInterval(() => out.includes('started') && (clearInterval(check), resolve()), 20)
    child.once('exit', (code) => (clearInterval(check), reject(new Error(`read load exited (${code})`))))
  })
  return {
    stop: async () => {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
      child.kill('SIGTERM')
      await exited
      return JSON.parse(out.slice(out.indexOf('{'))) as ReadLoadResult
    },
  }
}

function runLoad({ siteUrl, paths, connections }: LoadSettings) {
  const cache: Record<string, number> = {}
  let next = 0
  const instance = autocannon(
    {
      url: siteUrl,
      connections,
      duration: 3600,
      requests: [
        {
          setupRequest: (req: autocannon.Request) => ({ ...req, path: paths[next++ % paths.length]! }),
          onResponse: (_status: number, _body: string, _context: unknown, headers?: Record<string, string>) => {
            const state = headers?.['x-nextjs-cache'] ?? 'none'
            cache[state] = (cache[state] ?? 0) + 1
          },
        },
      ],
    } as autocannon.Options,
    (err, r) => {
      if (err) throw err
      const result: ReadLoadResult = {
        requests: r.requests.total,
        requestsPerSecond: r.requests.average,
        p50: r.latency.p50,
        p99: r.latency.p99,
        non2xx: r.non2xx,
        errors: r.errors,
        cache,
      }
      console.log(JSON.stringify(result))
      process.exit(0)
    },
  )
  instance.once('response', () => console.log('started'))
  process.on('SIGTERM', () => instance.stop())
}

if (process.env.READ_LOAD && process.argv[1] === thisFile) runLoad(JSON.parse(process.env.READ_LOAD) as LoadSettings)
