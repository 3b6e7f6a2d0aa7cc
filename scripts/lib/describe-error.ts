import { inspect } from 'node:util'

/**
 * A failure the operator can act on, said in one sentence: printed as it is, without a stack
 * trace (a port in use, Askwell already running, a database that will not start).
 */
export class StartupError extends Error {}

/**
 * Words for any thrown value, never "undefined": a StartupError's sentence, an error's message with
 * its causes (and every member of an AggregateError, as a refused connection to "localhost" gives
 * one per address), or the value itself inspected.
 */
export function describeError(err: unknown): string {
  if (err instanceof StartupError) return err.message
  if (err instanceof AggregateError && err.errors.length) return err.errors.map(describeError).join('; ')
  if (err instanceof Error) {
    const code = (err as { code?: unknown }).code
    const own = err.message || (typeof code === 'string' ? code : err.name)
    return err.cause === undefined ? own : `${own} (cause: ${describeError(err.cause)})`
  }
  if (err === undefined || err === null)
    return 'it failed without saying why (a bug: the step that failed gave no reason)'
  return typeof err === 'string' ? err : inspect(err, { depth: 3 })
}
