import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const SOURCES = [
  'app',
  'components',
  'lib',
  'db',
  'public',
  'next.config.ts',
  'package.json',
  'package-lock.json',
  'postcss.config.mjs',
  'tsconfig.json',
]

function newestMtime(entry: string): number {
  let stat: fs.Stats
  try {
    stat = fs.statSync(entry)
  } catch {
    return 0
  }
  if (!stat.isDirectory()) return stat.mtimeMs
  let newest = stat.mtimeMs
  for (const child of fs.readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, child)))
  return newest
}

type BuildStamp = { databaseId: string; siteUrl: string; builtAt: number }

/**
 * Why the build in `distDir` cannot be served, or null when it can. A build prerenders pages from
 * one database at one public URL, so a different database or SITE_URL also needs a new build.
 */
export function staleBuildReason(distDir: string, databaseId: string, siteUrl: string): string | null {
  if (!fs.existsSync(path.join(distDir, 'BUILD_ID'))) return 'no build yet'
  let stamp: BuildStamp
  try {
    stamp = JSON.parse(fs.readFileSync(path.join(distDir, 'askwell-build.json'), 'utf8')) as BuildStamp
  } catch {
    return 'the build has no stamp'
  }
  if (stamp.databaseId !== databaseId) return 'the build was made from another database'
  if (stamp.siteUrl !== siteUrl) return `the build was made for ${stamp.siteUrl}`
  const newest = Math.max(...SOURCES.map(newestMtime))
  if (newest > stamp.builtAt) return 'sources changed since the last build'
  return null
}

/** Runs `next build` with the given environment and stamps the result. */
export async function buildApp(
  distDir: string,
  databaseId: string,
  siteUrl: string,
  env: NodeJS.ProcessEnv,
): Promise<void> {
  const startedAt = Date.now()
  // `next build` keeps the data cache (unstable_cache entries) of the previous build; entries read
  // from another database would be served for up to an hour, so they go with the build they belong to.
  fs.rmSync(path.join(distDir, 'cache', 'fetch-cache'), { recursive: true, force: true })
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [path.join('node_modules', 'next', 'dist', 'bin', 'next'), 'build'], {
      stdio: 'inherit',
      // No network here: keep Next's telemetry from trying to reach it.
      env: { NEXT_TELEMETRY_DISABLED: '1', ...env },
    })
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`next build failed (exit ${code})`))))
  })
  const stamp: BuildStamp = { databaseId, siteUrl, builtAt: startedAt }
  fs.writeFileSync(path.join(distDir, 'askwell-build.json'), JSON.stringify(stamp) + '\n')
}
