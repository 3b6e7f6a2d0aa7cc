'use client'

import { useActionState } from 'react'
import { retryMailAction } from '@/app/_actions/mail-admin'
import { initialFormState } from '@/lib/result'

export function RetryMailButton({ id, label }: { id: number | 'all'; label: string }) {
  const [state, action, pending] = useActionState(retryMailAction, initialFormState, '/admin/mail')
  return (
    <form action={action} className="inline">
      <input type="hidden" name="id" value={id} />
      <button
        type="submit"
        disabled={pending}
        className="inline-flex min-h-11 items-center rounded-lg border border-stone-300 px-3 text-sm font-medium hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800"
      >
        {label}
      </button>
      <span role="status" className="ml-2 text-sm">
        {state.status === 'success' ? state.message : state.status === 'error' ? state.message : ''}
      </span>
    </form>
  )
}
