'use client'

import { useActionState, useId } from 'react'
import { setPostDeletedAction } from '@/app/_actions/posts'
import { closeQuestionAction } from '@/app/_actions/questions'
import { FieldError, inputClass } from '@/components/form/field-error'
import { useViewer } from '@/components/viewer/viewer-context'
import { initialFormState } from '@/lib/result'

const small = 'inline-flex min-h-11 items-center text-sm text-accent-700 hover:underline dark:text-accent-300'

/** Delete for the author or a moderator. */
export function DeleteButton({ postId, authorId }: { postId: number; authorId: number | null }) {
  const { info } = useViewer()
  const [state, action, pending] = useActionState(setPostDeletedAction, initialFormState)
  if (!info.viewer || (info.viewer.id !== authorId && !info.thread?.canModerate)) return null
  return (
    <form
      action={action}
      className="inline"
      onSubmit={(e) =>
        window.confirm('Delete this post? Moderators can restore it.') ? undefined : e.preventDefault()
      }
    >
      <input type="hidden" name="postId" value={postId} />
      <button type="submit" disabled={pending || state.status === 'success'} className={small}>
        {state.status === 'success' ? 'Deleted' : 'Delete'}
      </button>
      {state.status === 'error' && (
        <span role="alert" className="ml-2 text-sm text-red-700 dark:text-red-300">
          {state.message}
        </span>
      )}
    </form>
  )
}

/** Close (with a reason or as a duplicate) or reopen: moderators and experienced members. */
export function CloseControls({ questionId, isClosed }: { questionId: number; isClosed: boolean }) {
  const { info } = useViewer()
  const [state, action, pending] = useActionState(closeQuestionAction, initialFormState)
  const id = useId()
  if (!info.thread?.canClose) return null
  const errors = state.status === 'error' ? state.fieldErrors : undefined
  if (isClosed || state.status === 'success')
    return (
      <form action={action}>
        <input type="hidden" name="questionId" value={questionId} />
        <input type="hidden" name="reopen" value={isClosed ? '1' : '0'} />
        <button type="submit" disabled={pending || !isClosed} className={small}>
          {isClosed ? 'Reopen' : (state.status === 'success' && state.message) || 'Closed'}
        </button>
      </form>
    )
  return (
    <details>
      <summary className={`${small} cursor-pointer`}>Close</summary>
      <form action={action} className="mt-2 flex max-w-md flex-col gap-2">
        <input type="hidden" name="questionId" value={questionId} />
        <label htmlFor={`${id}-dup`} className="text-sm font-medium">
          Duplicate of (number or link)
        </label>
        <input id={`${id}-dup`} name="duplicateOf" className={inputClass} aria-describedby={`${id}-dup-error`} />
        <FieldError id={`${id}-dup-error`} errors={errors?.duplicateOfId} />
        <label htmlFor={`${id}-reason`} className="text-sm font-medium">
          Or a reason
        </label>
        <input
          id={`${id}-reason`}
          name="reason"
          maxLength={200}
          className={inputClass}
          aria-describedby={`${id}-reason-error`}
        />
        <FieldError id={`${id}-reason-error`} errors={errors?.reason} />
        {state.status === 'error' && !errors && (
          <p role="alert" className="text-sm text-red-700 dark:text-red-300">
            {state.message}
          </p>
        )}
        <button
          type="submit"
          disabled={pending}
          className="inline-flex min-h-11 items-center justify-center rounded-lg border border-stone-300 px-4 dark:border-stone-600"
        >
          Close the question
        </button>
      </form>
    </details>
  )
}
