'use client'

import { useActionState } from 'react'
import { deleteAccountAction } from '@/app/_actions/account'
import { FieldError } from '@/components/form/field-error'
import { FormMessage, SubmitButton, TextField } from '@/components/form/text-field'
import { formErrors, formValues, initialFormState } from '@/lib/result'

export function DeleteAccountForm({ handle, hasPassword }: { handle: string; hasPassword: boolean }) {
  const [state, action, pending] = useActionState(deleteAccountAction, initialFormState, '/settings/delete')
  const errors = formErrors(state)
  const values = formValues(state)
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <fieldset aria-describedby="delete-keepPosts-error">
        <legend className="mb-2 font-medium">Your questions, answers and comments</legend>
        <label className="flex min-h-11 items-start gap-3">
          <input
            type="radio"
            name="keepPosts"
            value="keep"
            className="mt-1.5"
            defaultChecked={values?.keepPosts === 'keep'}
          />
          <span>
            Keep them, shown as by “deleted user”: others’ answers and comments on them stay useful, and nothing links
            them to you.
          </span>
        </label>
        <label className="flex min-h-11 items-start gap-3">
          <input
            type="radio"
            name="keepPosts"
            value="remove"
            className="mt-1.5"
            defaultChecked={values?.keepPosts === 'remove'}
          />
          <span>
            Remove them: their text and edit history are erased. A question of yours takes the answers others wrote to
            it down with it.
          </span>
        </label>
        <FieldError id="delete-keepPosts-error" errors={errors?.keepPosts} />
      </fieldset>
      <TextField
        name="confirmHandle"
        label={`Type your handle, ${handle}, to confirm`}
        autoComplete="off"
        defaultValue={values?.confirmHandle}
        errors={errors?.confirmHandle}
        idPrefix="delete"
      />
      {hasPassword && (
        <TextField
          name="password"
          label="Your password"
          type="password"
          autoComplete="current-password"
          errors={errors?.password}
          idPrefix="delete"
        />
      )}
      <FormMessage message={state.status === 'error' && !errors ? state.message : undefined} />
      <div>
        <SubmitButton pending={pending}>Delete my account for good</SubmitButton>
      </div>
    </form>
  )
}
