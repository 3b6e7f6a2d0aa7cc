'use client'

import { useActionState, useEffect, useRef } from 'react'
import { saveSettingsAction } from '@/app/_actions/site-settings'
import { FieldError, inputClass } from '@/components/form/field-error'
import { FormMessage, SubmitButton } from '@/components/form/text-field'
import { formErrors, formMessage, formValues, initialFormState, type FormState } from '@/lib/result'

export type SettingField = {
  name: string
  label: string
  kind: 'text' | 'number' | 'checkbox' | 'lines'
  value: string | number | boolean
  hint?: string
  /** Fields with the same group are laid out together under that heading. */
  group?: string
}

function Field({ field, section, state }: { field: SettingField; section: string; state: FormState }) {
  const id = `${section}-${field.name.replace('.', '-')}`
  const errors = formErrors(state)?.[field.name]
  const echoed = formValues(state)?.[field.name]
  const described = `${id}-error${field.hint ? ` ${id}-hint` : ''}`
  const hint = field.hint && (
    <p id={`${id}-hint`} className="mt-1 text-sm text-stone-600 dark:text-stone-400">
      {field.hint}
    </p>
  )
  if (field.kind === 'checkbox') {
    const checked = state.status === 'error' ? echoed === 'on' : Boolean(field.value)
    return (
      <div>
        <label htmlFor={id} className="flex min-h-11 items-center gap-2 font-medium">
          <input
            id={id}
            name={field.name}
            type="checkbox"
            defaultChecked={checked}
            aria-describedby={described}
            className="size-5"
          />
          {field.label}
        </label>
        {hint}
        <FieldError id={`${id}-error`} errors={errors} />
      </div>
    )
  }
  const common = {
    id,
    name: field.name,
    'aria-invalid': errors?.length ? true : undefined,
    'aria-describedby': described,
    className: inputClass,
  }
  const value = echoed ?? String(field.value)
  return (
    <div>
      <label htmlFor={id} className="mb-1 block font-medium">
        {field.label}
      </label>
      {field.kind === 'lines' ? (
        <textarea {...common} rows={5} defaultValue={value} />
      ) : (
        <input
          {...common}
          type="text"
          inputMode={field.kind === 'number' ? 'numeric' : undefined}
          defaultValue={value}
        />
      )}
      {hint}
      <FieldError id={`${id}-error`} errors={errors} />
    </div>
  )
}

/** One section of the admin settings: saved on its own, errors next to each field. */
export function SettingsSectionForm({
  section,
  fields,
  submit,
}: {
  section: string
  fields: SettingField[]
  submit: string
}) {
  const [state, action, pending] = useActionState(saveSettingsAction, initialFormState, `/admin/settings#${section}`)
  const groups = [...new Set(fields.map((f) => f.group ?? ''))]
  const formRef = useRef<HTMLFormElement>(null)
  // The field in error may be a screen or more above the button (on a phone): take the admin to it.
  useEffect(() => {
    if (state.status === 'error' && state.fieldErrors)
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
  }, [state])
  return (
    <form ref={formRef} action={action} className="flex flex-col gap-2" noValidate>
      <input type="hidden" name="section" value={section} />
      {groups.map((group) => {
        const inGroup = fields.filter((f) => (f.group ?? '') === group)
        if (!group) return inGroup.map((f) => <Field key={f.name} field={f} section={section} state={state} />)
        return (
          <fieldset key={group} className="grid gap-x-4 sm:grid-cols-3">
            <legend className="mb-1 font-semibold">{group}</legend>
            {inGroup.map((f) => (
              <Field key={f.name} field={f} section={section} state={state} />
            ))}
          </fieldset>
        )
      })}
      {state.status === 'success' && (
        <p
          role="status"
          className="rounded-lg bg-accent-50 p-3 text-sm text-accent-700 dark:bg-accent-700/30 dark:text-accent-200"
        >
          {state.message}
        </p>
      )}
      <FormMessage
        message={
          formMessage(state) ??
          (state.status === 'error' && state.fieldErrors ? 'Not saved: correct the field marked in red.' : undefined)
        }
      />
      <div>
        <SubmitButton pending={pending}>{pending ? 'Saving…' : submit}</SubmitButton>
      </div>
    </form>
  )
}
