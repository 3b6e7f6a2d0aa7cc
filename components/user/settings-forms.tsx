'use client'

import { useActionState, useEffect } from 'react'
import { changePasswordAction, updateProfileAction } from '@/app/_actions/settings'
import { FormMessage, SubmitButton, TextField } from '@/components/form/text-field'
import { announceViewerChange } from '@/components/viewer/viewer-context'
import { formErrors, formMessage, formValues, initialFormState, type FormState } from '@/lib/result'

function Saved({ state }: { state: FormState }) {
  if (state.status !== 'success') return null
  return (
    <p
      role="status"
      className="rounded-lg bg-accent-50 p-3 text-sm text-accent-700 dark:bg-accent-700/30 dark:text-accent-200"
    >
      {state.message}
    </p>
  )
}

export function ProfileForm({ name, handle }: { name: string; handle: string }) {
  const [state, action, pending] = useActionState(updateProfileAction, initialFormState, '/settings')
  useEffect(() => {
    if (state.status === 'success') announceViewerChange()
  }, [state])
  return (
    <form action={action} className="flex flex-col gap-2" noValidate>
      <TextField
        idPrefix="profile"
        name="name"
        label="Display name"
        autoComplete="nickname"
        maxLength={40}
        defaultValue={formValues(state)?.name ?? name}
        errors={formErrors(state)?.name}
        hint="Shown next to everything you post."
      />
      <TextField
        idPrefix="profile"
        name="handle"
        label="Handle"
        autoComplete="username"
        maxLength={20}
        defaultValue={formValues(state)?.handle ?? handle}
        errors={formErrors(state)?.handle}
        hint="Part of your profile's address and used for @mentions: 3–20 lowercase letters, digits or hyphens."
      />
      <Saved state={state} />
      <FormMessage message={formMessage(state)} />
      <SubmitButton pending={pending}>{pending ? 'Saving…' : 'Save profile'}</SubmitButton>
    </form>
  )
}

export function PasswordForm({ hasPassword, email }: { hasPassword: boolean; email: string }) {
  const [state, action, pending] = useActionState(changePasswordAction, initialFormState, '/settings')
  return (
    <form action={action} className="flex flex-col gap-2" noValidate>
      {/* Lets password managers store the new password against the right account. */}
      <input type="email" name="username" autoComplete="username" value={email} hidden readOnly />
      {hasPassword && (
        <TextField
          idPrefix="password"
          name="current"
          label="Current password"
          type="password"
          autoComplete="current-password"
          errors={formErrors(state)?.current}
        />
      )}
      <TextField
        idPrefix="password"
        name="password"
        label={hasPassword ? 'New password' : 'Password'}
        type="password"
        autoComplete="new-password"
        errors={formErrors(state)?.password}
        hint="At least 10 characters."
      />
      <Saved state={state} />
      <FormMessage message={formMessage(state)} />
      <SubmitButton pending={pending}>
        {pending ? 'Saving…' : hasPassword ? 'Change password' : 'Set a password'}
      </SubmitButton>
    </form>
  )
}
