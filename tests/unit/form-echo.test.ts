import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { echoForm, parseForm } from '@/lib/forms'
import { passwordChangeInput } from '@/lib/users/schemas'

const formOf = (entries: Record<string, string>) => {
  const form = new FormData()
  for (const [k, v] of Object.entries(entries)) form.append(k, v)
  return form
}

describe('form state never carries a secret back to the browser', () => {
  it('a refused password change echoes neither the current password nor the new one', () => {
    const form = formOf({ current: 'my-old-secret', password: 'short' })
    const parsed = parseForm(passwordChangeInput, form, { secret: ['current', 'password'] })
    expect(parsed.ok).toBe(false)
    const state = !parsed.ok ? parsed.state : null
    expect(JSON.stringify(state)).not.toContain('my-old-secret')
    expect(JSON.stringify(state)).not.toContain('short')
  })

  it('a secret field is read for validation but only the named public fields are echoed', () => {
    const schema = z.object({ email: z.email(), password: z.string().min(1) })
    const form = formOf({
      email: 'a@example.org',
      password: 'hunter2-hunter2',
      token: 'reset-token-xyz',
      $ACTION_ID: 'abc',
    })
    const parsed = parseForm(schema, form, { single: ['email'], secret: ['password'] })
    expect(parsed.ok && parsed.data).toEqual({ email: 'a@example.org', password: 'hunter2-hunter2' })
    expect(parsed.ok && parsed.values).toEqual({ email: 'a@example.org' })
  })

  it('echoes only the fields it is given, whatever else the form holds', () => {
    expect(echoForm(formOf({ body: 'My answer', current: 'pw', pin: '1234' }), ['body', 'title'])).toEqual({
      body: 'My answer',
    })
  })
})
