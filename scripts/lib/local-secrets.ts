import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

type Secrets = { revalidateSecret: string; authSecret: string }

/** Secrets a local install generates once and keeps in .data/secrets.json (git-ignored). */
export function loadLocalSecrets(dataDir: string): Secrets {
  const file = path.join(dataDir, 'secrets.json')
  let stored: Partial<Secrets> = {}
  try {
    stored = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<Secrets>
  } catch {
    // first start
  }
  const secrets: Secrets = {
    revalidateSecret: stored.revalidateSecret ?? randomBytes(24).toString('base64url'),
    authSecret: stored.authSecret ?? randomBytes(32).toString('base64url'),
  }
  if (stored.revalidateSecret !== secrets.revalidateSecret || stored.authSecret !== secrets.authSecret) {
    fs.mkdirSync(dataDir, { recursive: true })
    fs.writeFileSync(file, JSON.stringify(secrets, null, 2) + '\n', { mode: 0o600 })
  }
  return secrets
}
