'use server'

import { applyUnsubscribe } from '@/lib/notify/unsubscribe'
import type { FormState } from '@/lib/result'

/** The button on /unsubscribe/{token}: no sign-in needed, the signed token is the authority. */
export async function unsubscribeAction(_prev: FormState, form: FormData): Promise<FormState> {
  const token = form.get('token')
  if (typeof token !== 'string' || token.length > 1000)
    return { status: 'error', code: 'invalid', message: 'This unsubscribe link is not valid.' }
  const result = await applyUnsubscribe(token)
  if (!result.ok) return { status: 'error', code: result.error.code, message: result.error.message }
  return { status: 'success', message: `Done: you will get no more ${result.data.stopped}.` }
}
