'use client'

import { useActionState } from 'react'
import { rollbackPostAction } from '@/app/_actions/posts'
import { useViewer } from '@/components/viewer/viewer-context'
import { initialFormState } from '@/lib/result'

/** For moderators: make an earlier version the current one (as a new revision). */
export function RollbackButton({ postId, revision }: { postId: number; revision: number }) {
  const { info } = useViewer()
  const [state, action, pending] = useActionState(rollbackPostAction, initialFormState)
  if (!info.viewer || !['moderator', 'admin'].includes(info.viewer.role)) return null
  return (
    <form action={action} className="inline">
      <input type="hidden" name="postId" value={postId} />
      <input type="hidden" name="revision" value={revision} />
      <button
        type="submit"
        disabled={pending}
        className="inline-flex min-h-11 items-center text-sm text-accent-700 underline dark:text-accent-300"
      >
        Roll back to this version
      </button>
      <span role="status" className="ml-2 text-sm">
        {state.status === 'success' ? state.message : state.status === 'error' ? state.message : ''}
      </span>
    </form>
  )
}
