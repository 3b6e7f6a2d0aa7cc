export type ErrorCode =
  'invalid' | 'unauthenticated' | 'forbidden' | 'not_found' | 'conflict' | 'rate_limited' | 'unavailable'

/** `field` names the input an expected failure concerns, so a form can show it next to that field. */
export type Result<T> =
  { ok: true; data: T } | { ok: false; error: { code: ErrorCode; message: string; field?: string } }

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
export const fail = (code: ErrorCode, message: string, field?: string): Result<never> => ({
  ok: false,
  error: field ? { code, message, field } : { code, message },
})

export const initialFormState: FormState = { status: 'idle' }

/** What a form shows from its last state: per-field errors, its own values back, a form-level message. */
export const formErrors = (s: FormState) => (s.status === 'error' ? s.fieldErrors : undefined)
export const formValues = (s: FormState) => (s.status === 'error' ? s.values : undefined)
export const formMessage = (s: FormState) => (s.status === 'error' && !s.fieldErrors ? s.message : undefined)
