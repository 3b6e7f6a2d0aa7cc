import { z } from 'zod'
import { newPassword } from '@/lib/auth/schemas'
import { lineField } from '@/lib/text/fields'

export const profileInput = z.object({
  name: lineField('Your name', {
    min: 2,
    max: 40,
    tooShort: 'Use at least 2 characters for your name.',
    tooLong: 'Keep your name under 40 characters.',
  }),
  handle: z
    .string()
    .trim()
    .toLowerCase()
    .min(3, 'Use 3 to 20 characters for your handle.')
    .max(20, 'Use 3 to 20 characters for your handle.')
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lowercase letters, digits and single hyphens (not at the start or end).'),
})
export type ProfileInput = z.infer<typeof profileInput>

export const passwordChangeInput = z.object({
  // Empty when the account has no password yet (it signs in by email link or GitHub/Google).
  current: z.string().max(200).default(''),
  password: newPassword,
})
export type PasswordChangeInput = z.infer<typeof passwordChangeInput>
