import { randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import nodemailer from 'nodemailer'
import { env } from '@/lib/env'

export type Mail = {
  to: string
  subject: string
  text: string
  html: string
  headers?: Record<string, string>
  /** A stable Message-ID: a resent message keeps it, so receivers can drop the copy. */
  messageId?: string
}

let transport: nodemailer.Transporter | null = null

/**
 * Sends through SMTP_URL; without it (the local default) writes the message as an .eml file in
 * MAIL_DIR and logs its subject and links, so a newcomer can sign in with no mail server.
 */
export async function sendMail(mail: Mail): Promise<void> {
  const message = { from: env.MAIL_FROM, ...mail }
  if (env.SMTP_URL) {
    // Pooled: the worker sends many messages over a few kept-open connections.
    transport ??= nodemailer.createTransport(
      `${env.SMTP_URL}${env.SMTP_URL.includes('?') ? '&' : '?'}pool=true&maxConnections=10`,
    )
    await transport.sendMail(message)
    return
  }
  const raw = await nodemailer
    .createTransport({ streamTransport: true, buffer: true, newline: 'unix' })
    .sendMail(message)
  const dir = path.resolve(env.MAIL_DIR)
  await fs.mkdir(dir, { recursive: true })
  const file = path.join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomBytes(3).toString('hex')}.eml`)
  await fs.writeFile(file, raw.message as Buffer)
  const links = mail.text.match(/https?:\/\/\S+/g) ?? []
  console.log(
    `[mail] to ${mail.to}: "${mail.subject}" → ${path.relative(process.cwd(), file)}${links.map((l) => `\n[mail]   ${l}`).join('')}`,
  )
}
