import { SMTPServer } from 'smtp-server'

export type Received = { to: string[]; key: string | null; raw: string }

/**
 * A real SMTP server on loopback for the mail tests and bench:notify, in memory, that can be stopped and started
 * again on the same port, refuse messages with a temporary error, or answer slowly.
 */
export class SmtpSink {
  readonly received: Received[] = []
  /** Answer the next N messages with 451 (a temporary failure the sender must retry). */
  refuseNext = 0
  delayMs = 0
  /** Messages whose answer waits for release(): null while nothing is held. */
  private held: (() => void)[] | null = null
  /** Sessions whose sender hung up: a held message of theirs is never answered, so never delivered. */
  private readonly gone = new Set<string>()
  private server: SMTPServer | null = null
  constructor(readonly port: number) {}

  get url() {
    return `smtp://127.0.0.1:${this.port}`
  }

  async start(): Promise<void> {
    if (this.server) return
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      // Stopping (to play "SMTP down") should not wait for the sender's pooled connections.
      closeTimeout: 50,
      onClose: (session) => this.gone.add(session.id),
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = []
        stream.on('data', (c: Buffer) => chunks.push(c))
        stream.on('end', () => {
          const answer = () =>
            setTimeout(() => {
              if (this.gone.has(session.id)) return
              if (this.refuseNext > 0) {
                this.refuseNext--
                const err = Object.assign(new Error('Try again later'), { responseCode: 451 })
                return callback(err)
              }
              const raw = Buffer.concat(chunks).toString('utf8')
              const key = /^X-Askwell-Key: (.+)$/im.exec(raw)?.[1]?.trim() ?? null
              this.received.push({ to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()), key, raw })
              callback()
            }, this.delayMs)
          if (this.held) this.held.push(answer)
          else answer()
        })
      },
    })
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject)
      this.server!.listen(this.port, '127.0.0.1', () => resolve())
    })
    // A sender that dies mid-message (bench:notify kills workers) resets its connection: not ours to report.
    this.server.on('error', () => {})
  }

  /** Keep every message from now on unanswered (the sender waits mid-send) until release(). */
  hold(): void {
    this.held ??= []
  }

  release(): void {
    const held = this.held ?? []
    this.held = null
    for (const answer of held) answer()
  }

  async stop(): Promise<void> {
    const server = this.server
    this.server = null
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()))
  }

  /** Messages per idempotency key: every value should be 1. */
  counts(): Map<string, number> {
    const counts = new Map<string, number>()
    for (const m of this.received) if (m.key) counts.set(m.key, (counts.get(m.key) ?? 0) + 1)
    return counts
  }
}

export async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const until = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 100))
  }
}
