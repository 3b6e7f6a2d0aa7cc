import fs from 'node:fs'

type ProfileNode = {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  children?: number[]
}
type Profile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

/** Where a module lives, coarsely: a package name, or the app's own file. */
function owner(url: string): string {
  if (!url) return '(native / V8)'
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)
  if (pkg) {
    const next = /next\/dist\/(compiled\/[^/]+|server\/[^/]+|[^/]+)/.exec(url)
    return pkg[1] === 'next' && next ? `next/${next[1]}` : pkg[1]!
  }
  const chunk = /\.next[^/]*\/server\/(chunks\/[^/]+|app\/.*)/.exec(url)
  if (chunk) return `app bundle ${chunk[1]!.startsWith('chunks') ? '(chunks)' : '(routes)'}`
  return url.replace(/^file:\/\//, '').replace(process.cwd() + '/', '')
}

/** Self time by module owner and by function, the top entries of each, as printable lines. */
export function summarizeCpuProfile(file: string, top = 25): string {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as Profile
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const selfUs = new Map<number, number>()
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)))
  const total = [...selfUs.values()].reduce((a, b) => a + b, 0)
  const idle = [...selfUs]
    .filter(([id]) => ['(idle)', '(program)'].includes(byId.get(id)!.callFrame.functionName))
    .reduce((a, [, t]) => a + t, 0)
  const owners = new Map<string, number>()
  const functions = new Map<string, number>()
  for (const [id, us] of selfUs) {
    const frame = byId.get(id)!.callFrame
    if (['(idle)', '(program)'].includes(frame.functionName)) continue
    const o = frame.functionName === '(garbage collector)' ? '(garbage collector)' : owner(frame.url)
    owners.set(o, (owners.get(o) ?? 0) + us)
    const f = `${frame.functionName || '(anonymous)'} ${owner(frame.url)}:${frame.lineNumber + 1}`
    functions.set(f, (functions.get(f) ?? 0) + us)
  }
  const busy = total - idle
  const pct = (us: number) => `${((us / busy) * 100).toFixed(1).padStart(5)}%`
  const lines = [`busy ${(busy / 1000).toFixed(0)} ms of ${(total / 1000).toFixed(0)} ms sampled; self time by owner:`]
  for (const [o, us] of [...owners].sort((a, b) => b[1] - a[1]).slice(0, top)) lines.push(`  ${pct(us)}  ${o}`)
  lines.push('by function (self):')
  for (const [f, us] of [...functions].sort((a, b) => b[1] - a[1]).slice(0, top)) lines.push(`  ${pct(us)}  ${f}`)
  // Inclusive time: a sample counts once for every distinct function on its stack.
  const parent = new Map<number, number>()
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
  const inclusive = new Map<string, number>()
  for (const [id, us] of selfUs) {
    if (['(idle)', '(program)'].includes(byId.get(id)!.callFrame.functionName)) continue
    const seen = new Set<string>()
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const frame = byId.get(cur)!.callFrame
      if (!frame.functionName || frame.functionName === '(root)') continue
      const f = `${frame.functionName} ${owner(frame.url)}`
      if (!seen.has(f)) inclusive.set(f, (inclusive.get(f) ?? 0) + us)
      seen.add(f)
    }
  }
  lines.push('by function (inclusive):')
  for (const [f, us] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, top * 3)) lines.push(`  ${pct(us)}  ${f}`)
  return lines.join('\n')
}
