/** A one-line progress bar with rate and ETA, redrawn at most every 200 ms. */
export function progressBar(label: string, total: number, unit: string) {
  const started = Date.now()
  let lastDraw = 0
  const fmt = (n: number) => Math.round(n).toLocaleString('en')
  const draw = (done: number, final = false) => {
    const now = Date.now()
    if (!final && now - lastDraw < (process.stdout.isTTY ? 200 : 2000)) return
    lastDraw = now
    const seconds = (now - started) / 1000
    const rate = seconds > 0 ? done / seconds : 0
    const eta = rate > 0 ? (total - done) / rate : 0
    const width = 28
    const filled = Math.round((done / Math.max(total, 1)) * width)
    const line = `${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${Math.floor((done / Math.max(total, 1)) * 100)}% ${fmt(done)}/${fmt(total)} ${unit} · ${fmt(rate)} ${unit}/s · ${final ? `took ${seconds.toFixed(1)}s` : `ETA ${eta.toFixed(0)}s`}`
    if (process.stdout.isTTY) process.stdout.write(`\r${line}\x1b[K${final ? '\n' : ''}`)
    else process.stdout.write(`${line}\n`)
  }
  return { update: (done: number) => draw(done), done: (done: number) => draw(done, true) }
}
