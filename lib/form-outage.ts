import 'server-only'
import { isConnectionError } from '@/db/client'
import { echoForm } from './forms'
import type { FormState } from './result'

export const unavailableMessage =
  'We could not save this right now; your text is still here. Please try again in a minute.'

type FormAction = (prev: FormState, form: FormData) => Promise<FormState>

/** What a writer typed into the posting forms this wraps: echoed by name, so nothing else ever is. */
const writersText = ['title', 'body', 'categoryId', 'tags', 'comment', 'anonName', 'anonEmail']

/**
 * A posting form's action that, when the database cannot be reached, answers with a plain message and the
 * writer's own text instead of an error page that would lose it (with or without JavaScript, the
 * form renders from this state). Anything else it throws, redirects included, passes through.
 */
export function keepTextWhenDatabaseDown(action: FormAction): FormAction {
  return async (prev, form) => {
    try {
      return await action(prev, form)
    } catch (err) {
      if (!isConnectionError(err)) throw err
      console.error(
        '[forms] database unreachable, form returned to the writer:',
        err instanceof Error ? err.message : err,
      )
      return { status: 'error', code: 'unavailable', message: unavailableMessage, values: echoForm(form, writersText) }
    }
  }
}
