'use client'

import { useActionState } from 'react'
import { sendSignInLinkAction, signInWithPasswordAction } from '@/app/_actions/auth'
import { FormMessage, SubmitButton, TextField } from '@/components/form/text-field'
import { formErrors as fieldErrors, formMessage, formValues as values, initialFormState } from '@/lib/result'

export function PasswordSignInForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, action, pending] = useActionState(signInWithPasswordAction, initialFormState, '/sign-in')
  return (
    <form action={action} className="flex flex-col gap-2" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <TextField
        name="email"
        label="Email"
        type="email"
        autoComplete="email"
        defaultValue={values(state)?.email}
        errors={fieldErrors(state)?.email}
      />
      <TextField
        name="password"
        label="Password"
        type="password"
        autoComplete="current-password"
        errors={fieldErrors(state)?.password}
      />
      <FormMessage message={formMessage(state)} />
      <SubmitButton pending={pending}>{pending ? 'Signing in…' : 'Sign in'}</SubmitButton>
    </form>
  )
}

export function EmailLinkForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, action, pending] = useActionState(sendSignInLinkAction, initialFormState, '/sign-in')
  return (
    <form action={action} className="flex flex-col gap-2" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <TextField
        idPrefix="link"
        name="email"
        label="Email"
        type="email"
        autoComplete="email"
        defaultValue={values(state)?.email}
        errors={fieldErrors(state)?.email}
        hint="We will email you a link that signs you in. New here? The link creates your account."
      />
      <FormMessage message={formMessage(state)} />
      <SubmitButton pending={pending}>{pending ? 'Sending…' : 'Email me a sign-in link'}</SubmitButton>
    </form>
  )
}
