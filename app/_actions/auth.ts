'use server'

import { AuthError } from 'next-auth'
import { redirect } from 'next/navigation'
import { requestPasswordReset, requestSignUp, resetPassword } from '@/lib/auth/accounts'
import { signIn, signOut } from '@/lib/auth/config'
import { emailLinkInput, passwordSignInInput, resetPasswordInput, resetRequestInput, signUpInput } from '@/lib/auth/schemas'
import { parseForm, toFormState } from '@/lib/forms'
import type { AnonymousPoster } from '@/lib/auth/actor'
import { requestIp } from '@/lib/auth/viewer'
import { consumeRateLimit } from '@/lib/rate-limit/consume'
import type { FormState } from '@/lib/result'

const visitor = async (): Promise<AnonymousPoster> => ({ kind: 'anonymous', name: null, email: null, ip: await requestIp() })

export async function signInWithPasswordAction(_prev: FormState, form: FormData): Promise<FormState> {
  const input = parseForm(passwordSignInInput, form, { single: ['email', 'password', 'callbackUrl'] })
  if (!input.ok) return input.state
  const limited = await consumeRateLimit('signIn', await visitor(), input.data.email)
  if (!limited.ok) return toFormState(limited.error, input.values)
  try {
    await signIn('credentials', { email: input.data.email, password: input.data.password, redirectTo: input.data.callbackUrl })
  } catch (error) {
    // signIn redirects by throwing on success; only its own failures are answered here.
    if (error instanceof AuthError) {
      return { status: 'error', code: 'unauthenticated', message: 'That email and password do not match an account with a confirmed address.', values: input.values }
    }
    throw error
  }
  return { status: 'success' }
}

export async function sendSignInLinkAction(_prev: FormState, form: FormData): Promise<FormState> {
  const input = parseForm(emailLinkInput, form, { single: ['email', 'callbackUrl'] })
  if (!input.ok) return input.state
  const limited = await consumeRateLimit('signIn', await visitor(), input.data.email)
  if (!limited.ok) return toFormState(limited.error, input.values)
  await signIn('nodemailer', { email: input.data.email, redirectTo: input.data.callbackUrl })
  return { status: 'success' }
}

export async function signUpAction(_prev: FormState, form: FormData): Promise<FormState> {
  const input = parseForm(signUpInput, form, { single: ['name', 'email', 'password'] })
  if (!input.ok) return input.state
  const limited = await consumeRateLimit('signUp', await visitor(), input.data.email)
  if (!limited.ok) return toFormState(limited.error, input.values)
  await requestSignUp(input.data)
  redirect('/sign-in/check-email')
}

export async function requestPasswordResetAction(_prev: FormState, form: FormData): Promise<FormState> {
  const input = parseForm(resetRequestInput, form, { single: ['email'] })
  if (!input.ok) return input.state
  const limited = await consumeRateLimit('signUp', await visitor(), input.data.email)
  if (!limited.ok) return toFormState(limited.error, input.values)
  await requestPasswordReset(input.data.email)
  redirect('/sign-in/check-email')
}

export async function resetPasswordAction(_prev: FormState, form: FormData): Promise<FormState> {
  const input = parseForm(resetPasswordInput, form, { single: ['email', 'token', 'password'] })
  if (!input.ok) return input.state
  const result = await resetPassword(input.data.email, input.data.token, input.data.password)
  if (!result.ok) return toFormState(result.error, input.values)
  redirect('/sign-in?reset=1')
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: '/' })
}
