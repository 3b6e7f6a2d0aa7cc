'use client'

import { useActionState } from 'react'
import { flagPostAction } from '@/app/_actions/moderation'
import { FieldError, inputClass } from '@/components/form/field-error'
import { FormMessage, SubmitButton } from '@/components/form/text-field'
import { flagReasons } from '@/lib/moderation/schemas'
import { formErrors, formValues, initialFormState } from '@/lib/result'

export function FlagForm({ postId, permalink, hidden }: { postId: number; permalink: string; hidden: boolean }) {
  const [state, action, pending] = useActionState(flagPostAction, initialFormState, permalink)
  const done =
    state.status === 'success'
      ? state.message
      : hidden
        ? 'You flagged this post. It is hidden until a moderator reviews it.'
        : null
  if (done)
    return (
      <p role="status" className="rounded-lg bg-accent-50 p-4 dark:bg-stone-800">
        {done}
      </p>
    )
  const errors = formErrors(state)
  const values = formValues(state)
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="postId" value={postId} />
      <fieldset aria-describedby="flag-reason-error">
        <legend className="mb-2 font-medium">What is wrong with this post?</legend>
        {Object.entries(flagReasons).map(([value, label]) => (
          <label key={value} className="flex min-h-11 items-center gap-3">
            <input type="radio" name="reason" value={value} defaultChecked={values?.reason === value} />
            {label}
          </label>
        ))}
        <FieldError id="flag-reason-error" errors={errors?.reason} />
      </fieldset>
      <div>
        <label htmlFor="flag-details" className="mb-1 block font-medium">
          Details for the moderators (needed for “Something else”)
        </label>
        <textarea
          id="flag-details"
          name="details"
          rows={3}
          maxLength={500}
          defaultValue={values?.details}
          aria-invalid={errors?.details ? true : undefined}
          aria-describedby="flag-details-error"
          className={inputClass}
        />
        <FieldError id="flag-details-error" errors={errors?.details} />
      </div>
      <FormMessage message={state.status === 'error' && !errors ? state.message : undefined} />
      <div>
        <SubmitButton pending={pending}>Flag for moderators</SubmitButton>
      </div>
    </form>
  )
}
