/**
 * An error log for loops that retry every second or so (the relay, the queue, the heartbeat): the
 * first occurrence of a message is logged at once, repeats at most once a minute with their count,
 * and `recovered` logs one line when things work again, so an outage reads as a start and an end.
 */
export function repeatLog(prefix: string, windowMs = 60_000) {
  const seen = new Map<string, { at: number; repeats: number }>()
  let failing = false
  return {
    error(what: string, err: unknown) {
      failing = true
      // Drizzle's "Failed query: <the whole statement>" carries the driver's reason as its cause.
      const reason = err instanceof Error ? (err.cause instanceof Error ? err.cause.message : err.message) : String(err)
      const message = `${what}: ${reason}`
      const last = seen.get(message)
      const now = Date.now()
      if (last && now - last.at < windowMs) {
        last.repeats++
        return
      }
      console.error(`${prefix} ${message}${last?.repeats ? ` (and ${last.repeats} more like it)` : ''}`)
      seen.set(message, { at: now, repeats: 0 })
    },
    recovered(message: string) {
      if (!failing) return
      failing = false
      seen.clear()
      console.log(`${prefix} ${message}`)
    },
  }
}
