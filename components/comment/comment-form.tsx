'use client'

import { useActionState, useId } from 'react'
import { postCommentAction } from '@/app/_actions/comments'
import { AnonymousFields } from '@/components/form/anonymous-fields'
import { FieldError, inputClass } from '@/components/form/field-error'
import { SuccessNotice } from '@/components/form/success-notice'
import { FormMessage, SubmitButton } from '@/components/form/text-field'
import { initialFormState } from '@/lib/result'

/** "Add a comment" under a post: a disclosure and a plain form, so it works without JavaScript too. */
export function CommentForm({ parentId, permalink }: { parentId: number; permalink: string }) {
  const [state, action, pending] = useActionState(postCommentAction, initialFormState, permalink)
  const id = useId()
  const errors = state.status === 'error' ? state.fieldErrors : undefined
  const values = state.status === 'error' ? state.values : undefined
  return (
    <details className="mt-2" open={state.status !== 'idle'}>
      <summary className="inline-flex min-h-11 cursor-pointer items-center text-sm text-accent-700 dark:text-accent-300">
        Add a comment
      </summary>
      <form action={action} className="mt-1 flex flex-col gap-2" noValidate>
        <input type="hidden" name="parentId" value={parentId} />
        <label htmlFor={`${id}-body`} className="text-sm font-medium">
          Your comment
        </label>
        <textarea
          id={`${id}-body`}
          name="body"
          rows={3}
          maxLength={1000}
          defaultValue={values?.body}
          aria-describedby={`${id}-body-error`}
          aria-invalid={errors?.body ? true : undefined}
          className={inputClass}
        />
        <FieldError id={`${id}-body-error`} errors={errors?.body} />
        <AnonymousFields
          values={values}
          errors={errors}
          idPrefix={`${id}-`}
          emailLabel="Email me at this address if my comment gets a reply (optional)"
        />
        <SuccessNotice state={state} />
        <FormMessage message={state.status === 'error' && !errors ? state.message : undefined} />
        <div>
          <SubmitButton pending={pending}>{pending ? 'Posting…' : 'Post comment'}</SubmitButton>
        </div>
      </form>
    </details>
  )
}
