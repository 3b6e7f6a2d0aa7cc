import fs from 'node:fs/promises'
import path from 'node:path'
import { SMTPServer } from 'smtp-server'
import { freePort } from './embedded-postgres'

/**
 * A real SMTP server on loopback that accepts every message and writes it to `dir` as
 * `{recipient}-{n}.eml`, where tests in other processes can read it.
 */
export async function startSmtpCapture(dir: string): Promise<{ url: string; stop: () => Promise<void> }> {
  await fs.mkdir(dir, { recursive: true })
  let n = 0
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (c: Buffer) => chunks.push(c))
      stream.on('end', () => {
        const to = session.envelope.rcptTo.map((r) => r.address.toLowerCase())
        Promise.all(to.map((address) => fs.writeFile(path.join(dir, `${address}-${++n}.eml`), Buffer.concat(chunks))))
          .then(() => callback())
          .catch((err: Error) => callback(err))
      })
    },
  })
  const port = await freePort()
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  return { url: `smtp://127.0.0.1:${port}`, stop: () => new Promise((resolve) => server.close(() => resolve())) }
}
