'use client'

import { useActionState } from 'react'
import { setPostDeletedAction } from '@/app/_actions/posts'
import { initialFormState } from '@/lib/result'

/** Brings a deleted or hidden post back for every reader (moderators; the server checks). */
export function RestoreButton({ postId, permalink }: { postId: number; permalink: string }) {
  const [state, action, pending] = useActionState(setPostDeletedAction, initialFormState, permalink)
  return (
    <form action={action} className="inline">
      <input type="hidden" name="postId" value={postId} />
      <input type="hidden" name="restore" value="1" />
      <button
        type="submit"
        disabled={pending || state.status === 'success'}
        className="inline-flex min-h-11 items-center rounded-lg border border-stone-300 px-4 text-sm font-medium dark:border-stone-600"
      >
        {state.status === 'success' ? 'Restored' : pending ? 'Restoring…' : 'Restore'}
      </button>
      {state.status === 'error' && (
        <span role="alert" className="ml-2 text-sm text-red-700 dark:text-red-300">
          {state.message}
        </span>
      )}
    </form>
  )
}
