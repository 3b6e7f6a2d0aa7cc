import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { hashPassword } from '../../lib/auth/password'

/**
 * On the first start, creates an administrator with a generated password and returns the
 * credentials (to be printed once); afterwards returns null.
 */
export async function ensureAdmin(url: string, email: string): Promise<{ email: string; password: string } | null> {
  const client = new pg.Client({ connectionString: url })
  client.on('error', () => {})
  await client.connect()
  try {
    await client.query('begin')
    await client.query('lock table meta in exclusive mode')
    const { rowCount } = await client.query(`select 1 from meta where key = 'admin_created'`)
    if (rowCount) {
      await client.query('rollback')
      return null
    }
    const password = randomBytes(12).toString('base64url')
    const { rows: taken } = await client.query<{ handle: string }>(
      `select lower(handle) as handle from users where lower(handle) like 'admin%'`,
    )
    let handle = 'admin'
    for (let n = 2; taken.some((t) => t.handle === handle); n++) handle = `admin-${n}`
    const { rows: existing } = await client.query(`select 1 from users where lower(email) = lower($1)`, [email])
    if (existing.length) throw new Error(`ADMIN_EMAIL ${email} already belongs to a member; choose another address.`)
    await client.query(
      `insert into users (handle, display_name, email, email_verified_at, password_hash, role) values ($1, 'Administrator', $2, now(), $3, 'admin')`,
      [handle, email.toLowerCase(), await hashPassword(password)],
    )
    await client.query(`insert into meta (key, value) values ('admin_created', now()::text)`)
    await client.query('commit')
    return { email: email.toLowerCase(), password }
  } catch (err) {
    await client.query('rollback').catch(() => {})
    throw err
  } finally {
    await client.end()
  }
}
