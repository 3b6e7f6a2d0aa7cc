'use client'

import { useActionState } from 'react'
import { markAllReadAction } from '@/app/_actions/inbox'
import { announceViewerChange } from '@/components/viewer/viewer-context'
import { initialFormState } from '@/lib/result'
import { useEffect } from 'react'

export function MarkAllRead() {
  const [state, action, pending] = useActionState(markAllReadAction, initialFormState, '/notifications')
  useEffect(() => {
    if (state.status === 'success') announceViewerChange()
  }, [state])
  return (
    <form action={action} className="flex items-center gap-3">
      <button
        type="submit"
        disabled={pending}
        className="inline-flex min-h-11 items-center rounded-lg border border-stone-300 px-3 text-sm font-medium hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800"
      >
        Mark all read
      </button>
      <span role="status" className="text-sm text-stone-600 dark:text-stone-400">
        {state.status === 'success' ? state.message : state.status === 'error' ? state.message : ''}
      </span>
    </form>
  )
}
