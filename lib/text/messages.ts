import { z } from 'zod'
import type { $ZodRawIssue } from 'zod/v4/core'

type Issue = $ZodRawIssue

const things = (n: number | bigint, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`

/**
 * Words a member understands for every check that has no message of its own, instead of zod's
 * "Too big: expected string to have <=40 characters" or "expected number, received NaN". Fields a
 * person types into carry their own sentences; these cover the rest (hidden ids, forged forms).
 */
export function friendlyError(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'This is required.'
      return issue.expected === 'number' || issue.expected === 'int' ? 'Enter a number.' : 'Please check this field.'
    case 'too_big':
      if (issue.origin === 'string') return `Keep this under ${things(issue.maximum, 'character', 'characters')}.`
      if (issue.origin === 'array' || issue.origin === 'set')
        return `Choose at most ${issue.maximum.toLocaleString('en')}.`
      return `Use a number no bigger than ${issue.maximum.toLocaleString('en')}.`
    case 'too_small':
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1
          ? 'This is required.'
          : `Use at least ${things(issue.minimum, 'character', 'characters')}.`
      if (issue.origin === 'array' || issue.origin === 'set')
        return `Choose at least ${issue.minimum.toLocaleString('en')}.`
      return `Use a number of at least ${issue.minimum.toLocaleString('en')}.`
    case 'invalid_format':
      return issue.format === 'email' ? 'That email address does not look right.' : 'That does not look right.'
    case 'invalid_value':
      return 'Choose one of the options.'
    case 'unrecognized_keys':
      return `The form sent something it should not (${issue.keys.join(', ')}): reload the page and try again.`
    default:
      return 'Please check this field.'
  }
}

z.config({ customError: friendlyError })
