'use client'

import { useActionState } from 'react'
import { setEmailPrefsAction } from '@/app/_actions/follows'
import { SubmitButton } from '@/components/form/text-field'
import { formErrors, initialFormState } from '@/lib/result'

const cadences = [
  { value: 'immediate', label: 'At once' },
  { value: 'daily', label: 'Daily digest' },
  { value: 'weekly', label: 'Weekly digest' },
  { value: 'never', label: 'No email (inbox only)' },
]

function Cadence({ name, label, value, errors }: { name: string; label: string; value: string; errors?: string[] }) {
  return (
    <fieldset className="rounded-lg border border-stone-200 p-3 dark:border-stone-700">
      <legend className="px-1 font-medium">{label}</legend>
      <div className="flex flex-wrap gap-x-5">
        {cadences.map((c) => (
          <label key={c.value} className="inline-flex min-h-11 items-center gap-2">
            <input type="radio" name={name} value={c.value} defaultChecked={value === c.value} />
            {c.label}
          </label>
        ))}
      </div>
      {errors && <p className="text-sm text-red-700 dark:text-red-300">{errors[0]}</p>}
    </fieldset>
  )
}

export function EmailPrefsForm({ emailOwn, emailFollowed }: { emailOwn: string; emailFollowed: string }) {
  const [state, action, pending] = useActionState(setEmailPrefsAction, initialFormState, '/settings/notifications')
  return (
    <form action={action} className="flex flex-col gap-3">
      <Cadence
        name="emailOwn"
        label="Your posts, questions you follow, and mentions of you"
        value={emailOwn}
        errors={formErrors(state)?.emailOwn}
      />
      <Cadence
        name="emailFollowed"
        label="Categories, tags and people you follow"
        value={emailFollowed}
        errors={formErrors(state)?.emailFollowed}
      />
      <div className="flex items-center gap-3">
        <SubmitButton pending={pending}>{pending ? 'Saving…' : 'Save email settings'}</SubmitButton>
        <span role="status" className="text-sm">
          {state.status === 'success'
            ? state.message
            : state.status === 'error' && !formErrors(state)
              ? state.message
              : ''}
        </span>
      </div>
    </form>
  )
}
