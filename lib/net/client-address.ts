import { isIP } from 'node:net'

/**
 * An address as written in a forwarding header, checked: a bare IPv4 or IPv6 address (a port some
 * proxies append, or IPv6 brackets, removed), or null. Only this ever reaches an `::inet` cast.
 */
export function parseAddress(value: string | null | undefined): string | null {
  const text = value?.trim() ?? ''
  const candidate =
    /^\[([^\]]+)\](?::\d{1,5})?$/.exec(text)?.[1] ?? /^(\d{1,3}(?:\.\d{1,3}){3}):\d{1,5}$/.exec(text)?.[1] ?? text
  return isIP(candidate) ? candidate : null
}

/**
 * The client's address behind `hops` trusted proxies. Each proxy appends the address it received
 * the request from to X-Forwarded-For, so the entries a client wrote itself come first and are
 * worthless; the client is the entry the outermost trusted proxy added, `hops` from the right
 * (the socket's peer being the innermost proxy). With no proxies trusted it is the socket's peer.
 * A malformed entry in that position gives null: never a guess from another entry.
 */
export function clientAddress(
  forwardedFor: string | string[] | undefined,
  socketAddress: string | undefined,
  hops: number,
): string | null {
  if (hops <= 0) return parseAddress(socketAddress)
  const entries = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? ''))
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
  if (entries.length === 0) return parseAddress(socketAddress)
  // Fewer entries than trusted hops: the request came through fewer proxies, and the first entry is the furthest known.
  return parseAddress(entries[Math.max(0, entries.length - hops)])
}

/** TRUST_PROXY: unset or 0 trusts no proxy; 1 (or `true`) one proxy; N that many in a chain. */
export function trustedHops(setting: string | undefined): number {
  if (!setting) return 0
  if (setting === 'true') return 1
  const n = Number(setting)
  if (!Number.isInteger(n) || n < 0 || n > 10)
    throw new Error(`TRUST_PROXY must be the number of proxies in front of the app (0 to 10), not "${setting}"`)
  return n
}

type IncomingRequest = { headers: Record<string, string | string[] | undefined>; socket: { remoteAddress?: string } }

/**
 * Leaves in X-Forwarded-For the one checked client address the app may believe (or none), and,
 * with no trusted proxy, drops the forwarded host and scheme too: Next's check of a server action's
 * Origin compares against them, so a forged pair would let a cross-site post through.
 */
export function normalizeForwardingHeaders(req: IncomingRequest, hops: number): void {
  const client = clientAddress(req.headers['x-forwarded-for'], req.socket.remoteAddress, hops)
  if (client) req.headers['x-forwarded-for'] = client
  else delete req.headers['x-forwarded-for']
  delete req.headers['x-real-ip']
  if (hops === 0) {
    delete req.headers['x-forwarded-host']
    delete req.headers['x-forwarded-proto']
  }
}
