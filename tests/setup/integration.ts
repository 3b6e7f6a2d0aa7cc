import { vi } from 'vitest'

// lib/cached.ts wraps reads in Next's data cache, which needs a running Next server; integration
// tests call lib queries directly, so the cache is a pass-through here.
vi.mock('next/cache', () => ({
  unstable_cache: <T extends (...args: never[]) => unknown>(fn: T) => fn,
  revalidateTag: () => {},
  updateTag: () => {},
}))

if (!process.env.DATABASE_URL) {
  throw new Error('Integration tests need DATABASE_URL: run them with `npm test`, which starts a throwaway PostgreSQL.')
}

// Signed links (unsubscribe) need a secret, as `npm start` provides one.
process.env.AUTH_SECRET ??= 'integration-auth-secret-0123456789abcdef'
