import type { Result } from '@/lib/result'

/** The data of a read expected to succeed; a refusal fails the test with its message. */
export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected data, got ${result.error.code}: ${result.error.message}`)
  return result.data
}
