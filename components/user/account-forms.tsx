'use client'

import { useActionState } from 'react'
import { requestPasswordResetAction, resetPasswordAction, signUpAction } from '@/app/_actions/auth'
import { FormMessage, SubmitButton, TextField } from '@/components/form/text-field'
import { formErrors as fieldErrors, formMessage, formValues as values, initialFormState } from '@/lib/result'

export function SignUpForm() {
  const [state, action, pending] = useActionState(signUpAction, initialFormState, '/sign-up')
  return (
    <form action={action} className="flex flex-col gap-2" noValidate>
      <TextField
        name="name"
        label="Your name to display"
        autoComplete="nickname"
        maxLength={40}
        defaultValue={values(state)?.name}
        errors={fieldErrors(state)?.name}
      />
      <TextField
        name="email"
        label="Email"
        type="email"
        autoComplete="email"
        defaultValue={values(state)?.email}
        errors={fieldErrors(state)?.email}
        hint="Never shown to anyone. We send a link to confirm it."
      />
      <TextField
        name="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        errors={fieldErrors(state)?.password}
        hint="At least 10 characters."
      />
      <FormMessage message={formMessage(state)} />
      <SubmitButton pending={pending}>{pending ? 'Creating…' : 'Create my account'}</SubmitButton>
    </form>
  )
}

export function ResetRequestForm() {
  const [state, action, pending] = useActionState(requestPasswordResetAction, initialFormState, '/reset-password')
  return (
    <form action={action} className="flex flex-col gap-2" noValidate>
      <TextField
        name="email"
        label="Email"
        type="email"
        autoComplete="email"
        defaultValue={values(state)?.email}
        errors={fieldErrors(state)?.email}
      />
      <FormMessage message={formMessage(state)} />
      <SubmitButton pending={pending}>{pending ? 'Sending…' : 'Email me a reset link'}</SubmitButton>
    </form>
  )
}

export function NewPasswordForm({ email, token }: { email: string; token: string }) {
  const [state, action, pending] = useActionState(resetPasswordAction, initialFormState, '/reset-password')
  return (
    <form action={action} className="flex flex-col gap-2" noValidate>
      <input type="hidden" name="email" value={email} />
      <input type="hidden" name="token" value={token} />
      <TextField
        name="password"
        label="New password"
        type="password"
        autoComplete="new-password"
        errors={fieldErrors(state)?.password}
        hint="At least 10 characters."
      />
      <FormMessage
        message={state.status === 'error' ? (fieldErrors(state)?.token?.[0] ?? formMessage(state)) : undefined}
      />
      <SubmitButton pending={pending}>{pending ? 'Saving…' : 'Save my new password'}</SubmitButton>
    </form>
  )
}
