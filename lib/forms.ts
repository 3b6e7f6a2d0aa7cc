import { z } from 'zod'
import type { FormState, Result } from './result'

type Parsed<T> = { ok: true; data: T; values: Record<string, string> } | { ok: false; state: FormState }

/**
 * The text values of the named fields, for refilling the form after an error. An allow-list: a
 * field not named here (a password, a token, anything added later) never goes back to the browser.
 */
export function echoForm(form: FormData, names: readonly string[]): Record<string, string> {
  const values: Record<string, string> = {}
  for (const name of names) {
    const value = form.get(name)
    if (typeof value === 'string' && value.length <= 30_000) values[name] = value
  }
  return values
}

/**
 * Reads the named fields (multi-value ones with getAll, `secret` ones like passwords as single
 * values that are never echoed back) and validates them with `schema`; failures become field
 * errors shown next to each input.
 */
export function parseForm<S extends z.ZodType>(
  schema: S,
  form: FormData,
  fields: { single?: string[]; multi?: string[]; secret?: string[] },
): Parsed<z.infer<S>> {
  const raw: Record<string, unknown> = {}
  for (const name of [...(fields.single ?? []), ...(fields.secret ?? [])]) {
    const value = form.get(name)
    if (typeof value === 'string') raw[name] = value
  }
  for (const name of fields.multi ?? []) raw[name] = form.getAll(name).filter((v): v is string => typeof v === 'string')
  const parsed = schema.safeParse(raw)
  const values = echoForm(form, [...(fields.single ?? []), ...(fields.multi ?? [])])
  if (parsed.success) return { ok: true, data: parsed.data, values }
  const fieldErrors = z.flattenError(parsed.error).fieldErrors as Record<string, string[]>
  return {
    ok: false,
    state: { status: 'error', code: 'invalid', message: 'Please check the highlighted fields.', fieldErrors, values },
  }
}

/** An expected failure from lib as form state, with the message next to its field when it names one. */
export function toFormState(
  error: Extract<Result<unknown>, { ok: false }>['error'],
  values: Record<string, string>,
): FormState {
  return {
    status: 'error',
    code: error.code,
    message: error.message,
    ...(error.field ? { fieldErrors: { [error.field]: [error.message] } } : {}),
    values,
  }
}
