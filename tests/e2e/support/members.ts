import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Page } from '@playwright/test'
import { hashPassword } from '../../../lib/auth/password'
import { withDb } from './db'

export type TestMember = { id: number; email: string; password: string; name: string }

/** A member with a confirmed address and a password, made directly in the database. */
export async function createMember(
  name: string,
  role: 'member' | 'moderator' | 'admin' = 'member',
): Promise<TestMember> {
  const tag = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`
  const email = `${tag}@members.test`
  const password = `pw-${tag}-long-enough`
  const id = await withDb(async (db) => {
    const { rows } = await db.query<{ id: number }>(
      `insert into users (handle, display_name, email, email_verified_at, password_hash, role) values ($1, $2, $3, now(), $4, $5) returning id`,
      [`m-${tag}`.slice(0, 20), name, email, await hashPassword(password), role],
    )
    return rows[0]!.id
  })
  return { id, email, password, name }
}

/** The newest message the loopback SMTP server received for `address`, waiting up to 10 s. */
export async function waitForMail(address: string): Promise<string> {
  const dir = process.env.MAIL_CAPTURE_DIR
  if (!dir) throw new Error('MAIL_CAPTURE_DIR is not set: run with `npm test -- --e2e`.')
  for (let i = 0; i < 100; i++) {
    const files = (await readdir(dir)).filter((f) => f.startsWith(`${address.toLowerCase()}-`)).sort()
    const last = files.at(-1)
    if (last) return readFile(path.join(dir, last), 'utf8')
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`no mail for ${address}`)
}

/** The first link to this site in a message's text part (quoted-printable soft breaks undone). */
export function linkIn(raw: string, base: string): string {
  const text = raw.replace(/=\r?\n/g, '').replace(/=3D/g, '=')
  const match = text.match(new RegExp(`${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[^\\s"<>]+`))
  if (!match) throw new Error('no link in the mail')
  return match[0]
}

/** Signs in through the sign-in page's password form (the caller waits for where it lands). */
export async function signInWithPassword(page: Page, member: Pick<TestMember, 'email' | 'password'>) {
  await page.goto('/sign-in')
  await page.getByRole('textbox', { name: 'Email' }).first().fill(member.email)
  await page.getByRole('textbox', { name: 'Password' }).fill(member.password)
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
}
