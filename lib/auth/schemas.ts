import { z } from 'zod'
import { lineField } from '@/lib/text/fields'

const email = z.string().trim().toLowerCase().pipe(z.email('That email address does not look right.').max(254))
export const newPassword = z
  .string()
  .min(10, 'Use at least 10 characters for your password.')
  .max(200, 'That password is too long (200 characters at most).')

/** Where to go after signing in: a path on this site only. */
export const callbackPath = z
  .string()
  .regex(/^\/(?!\/)[^\s\\]*$/)
  .max(500)
  .catch('/')

export const passwordSignInInput = z.object({
  email,
  password: z.string().min(1, 'Enter your password.').max(200),
  callbackUrl: callbackPath,
})
export const emailLinkInput = z.object({ email, callbackUrl: callbackPath })
export const signUpInput = z.object({
  name: lineField('Your name', {
    min: 2,
    max: 40,
    tooShort: 'Tell us what to call you (2 characters or more).',
    tooLong: 'Keep your name under 40 characters.',
  }),
  email,
  password: newPassword,
})
export const resetRequestInput = z.object({ email })
export const resetPasswordInput = z.object({ email, token: z.string().min(20).max(200), password: newPassword })
export type SignUpInput = z.infer<typeof signUpInput>
