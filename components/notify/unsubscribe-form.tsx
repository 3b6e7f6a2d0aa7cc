'use client'

import { useActionState } from 'react'
import { unsubscribeAction } from '@/app/_actions/unsubscribe'
import { SubmitButton } from '@/components/form/text-field'
import { initialFormState } from '@/lib/result'

export function UnsubscribeForm({ token, stops }: { token: string; stops: string }) {
  const [state, action, pending] = useActionState(unsubscribeAction, initialFormState, `/unsubscribe/${token}`)
  if (state.status === 'success')
    return (
      <p
        role="status"
        className="rounded-lg bg-accent-50 p-3 text-accent-700 dark:bg-accent-700/30 dark:text-accent-200"
      >
        {state.message}
      </p>
    )
  return (
    <form action={action} className="flex flex-col items-start gap-3">
      <input type="hidden" name="token" value={token} />
      <p>This stops {stops}.</p>
      <SubmitButton pending={pending}>{pending ? 'Unsubscribing…' : 'Unsubscribe'}</SubmitButton>
      {state.status === 'error' && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          {state.message}
        </p>
      )}
    </form>
  )
}
