import fs from 'node:fs'
import path from 'node:path'

/**
 * Empties the page cache of a production build: the data cache and every thread page Next wrote
 * after a request (the ones the build prerendered stay, as they would after a deploy).
 */
export function emptyPageCache(distDir: string): void {
  fs.rmSync(path.join(distDir, 'cache', 'fetch-cache'), { recursive: true, force: true })
  const prerendered = new Set(prerenderedPaths(distDir))
  const app = path.join(distDir, 'server', 'app')
  for (const id of fs.readdirSync(app)) {
    if (!/^\d+$/.test(id)) continue
    for (const entry of fs.readdirSync(path.join(app, id))) {
      const route = `/${id}/${entry.replace(/(\.segments|\.html|\.rsc|\.meta|\.body)$/, '')}`
      if (entry !== '[slug]' && !prerendered.has(route))
        fs.rmSync(path.join(app, id, entry), { recursive: true, force: true })
    }
  }
}

/** The routes `next build` prerendered (from its prerender manifest). */
export function prerenderedPaths(distDir: string): string[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(distDir, 'prerender-manifest.json'), 'utf8')) as {
    routes: Record<string, unknown>
  }
  return Object.keys(manifest.routes)
}

const TICK_MS = 10 // Linux's USER_HZ is 100 on every architecture Node runs on.

function cpuOf(pid: number | string): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
    // Fields after the command name (which may contain spaces): utime and stime are the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS
  } catch {
    return 0
  }
}

/** User + system CPU time of one process so far, in ms. */
export const processCpuMs = (pid: number): number => cpuOf(pid)

/** CPU time of every Postgres process on this machine so far, in ms (backends come and go; the pool keeps ours). */
export function postgresCpuMs(): number {
  let total = 0
  for (const pid of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue
    try {
      if (fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'postgres') total += cpuOf(pid)
    } catch {
      // gone meanwhile
    }
  }
  return total
}
