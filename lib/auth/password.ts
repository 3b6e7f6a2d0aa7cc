import { hash, verify } from '@node-rs/argon2'

/** Argon2id with the library's defaults (OWASP's recommended memory and time costs). */
export const hashPassword = (password: string) => hash(password)

// Verified when the email is unknown, so an answer takes as long as for a real account.
const dummyHash = hash('not-a-real-password-but-same-cost')

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (!passwordHash) {
    await verify(await dummyHash, password).catch(() => false)
    return false
  }
  return verify(passwordHash, password).catch(() => false)
}
