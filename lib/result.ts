export type ErrorCode = 'invalid' | 'unauthenticated' | 'forbidden' | 'not_found' | 'conflict' | 'rate_limited'

export type Result<T> = { ok: true; data: T } | { ok: false; error: { code: ErrorCode; message: string } }

export type FormState =
  | { status: 'idle' }
  | { status: 'success'; message?: string }
  | {
      status: 'error'
      code: ErrorCode
      message: string
      fieldErrors?: Record<string, string[]>
      values?: Record<string, string>
    }

export const ok = <T>(data: T): Result<T> => ({ ok: true, data })
export const fail = (code: ErrorCode, message: string): Result<never> => ({ ok: false, error: { code, message } })
