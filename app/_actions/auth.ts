'use server'

import { AuthError } from 'next-auth'
import { redirect } from 'next/navigation'
import { requestPasswordReset, requestSignUp, resetPassword } from '@/lib/auth/accounts'
import { SignInRefused, signIn, signOut } from '@/lib/auth/config'
import { wrongPasswordMessage } from '@/lib/auth/password-sign-in'
import {
  emailLinkInput,
  passwordSignInInput,
  resetPasswordInput,
  resetRequestInput,
  signUpInput,
} from '@/lib/auth/schemas'
import { parseForm, toFormState } from '@/lib/forms'
import type { AnonymousPoster } from '@/lib/auth/actor'
import { requestIp } from '@/lib/auth/viewer'
import { consumeRateLimit } from '@/lib/rate-limit/consume'
import type { FormState } from '@/lib/result'

const visitor = async (): Promise<AnonymousPoster> => ({
  kind: 'anonymous',
  name: null,
  email: null,
  ip: await requestIp(),
})

export async function signInWithPasswordAction(_prev: FormState, form: FormData): Promise<FormState> {
  const input = parseForm(passwordSignInInput, form, { single: ['email', 'callbackUrl'], secret: ['password'] })
  if (!input.ok) return input.state
  try {
    // The sign-in limits apply inside (lib/auth/config.ts, authorize), for every way in.
    await signIn('credentials', {
      email: input.data.email,
      password: input.data.password,
      redirectTo: input.data.callbackUrl,
    })
  } catch (error) {
    // signIn redirects by throwing on success; only its own failures are answered here.
    if (error instanceof SignInRefused)
      return {
        status: 'error',
        code: error.code === 'rate_limited' ? 'rate_limited' : 'unauthenticated',
        message: error.reason,
        values: input.values,
      }
    if (error instanceof AuthError)
      return { status: 'error', code: 'unauthenticated', message: wrongPasswordMessage, values: input.values }
    throw error
  }
  return { status: 'success' }
}

export async function sendSignInLinkAction(_prev: FormState, form: FormData): Promise<FormState> {
  const input = parseForm(emailLinkInput, form, { single: ['email', 'callbackUrl'] })
  if (!input.ok) return input.state
  try {
    // Limited where every link is sent (lib/auth/config.ts, sendVerificationRequest).
    await signIn('nodemailer', { email: input.data.email, redirectTo: input.data.callbackUrl })
  } catch (error) {
    if (error instanceof SignInRefused)
      return { status: 'error', code: 'rate_limited', message: error.reason, values: input.values }
    throw error
  }
  return { status: 'success' }
}

export async function signUpAction(_prev: FormState, form: FormData): Promise<FormState> {
  const input = parseForm(signUpInput, form, { single: ['name', 'email'], secret: ['password'] })
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
  const input = parseForm(resetPasswordInput, form, { single: ['email'], secret: ['token', 'password'] })
  if (!input.ok) return input.state
  const result = await resetPassword(input.data.email, input.data.token, input.data.password)
  if (!result.ok) return toFormState(result.error, input.values)
  redirect('/sign-in?reset=1')
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: '/' })
}
