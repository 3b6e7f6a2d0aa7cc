import { FieldError, inputClass } from './field-error'

type Props = {
  name: string
  label: string
  type?: 'text' | 'email' | 'password'
  autoComplete?: string
  defaultValue?: string
  errors?: string[]
  hint?: string
  maxLength?: number
  /** Distinguishes the ids of two forms on one page that share field names. */
  idPrefix?: string
}

export function TextField({
  name,
  label,
  type = 'text',
  autoComplete,
  defaultValue,
  errors,
  hint,
  maxLength,
  idPrefix = 'field',
}: Props) {
  const id = `${idPrefix}-${name}`
  return (
    <div>
      <label htmlFor={id} className="mb-1 block font-medium">
        {label}
      </label>
      <input
        id={id}
        name={name}
        type={type}
        autoComplete={autoComplete}
        defaultValue={type === 'password' ? undefined : defaultValue}
        maxLength={maxLength}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={`${id}-error${hint ? ` ${id}-hint` : ''}`}
        className={inputClass}
      />
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-sm text-stone-600 dark:text-stone-400">
          {hint}
        </p>
      )}
      <FieldError id={`${id}-error`} errors={errors} />
    </div>
  )
}

export function SubmitButton({ pending, children }: { pending: boolean; children: React.ReactNode }) {
  return (
    <button
      type="submit"
      disabled={pending}
      className="inline-flex min-h-11 items-center justify-center rounded-lg bg-accent-600 px-5 font-medium text-white hover:bg-accent-700 disabled:opacity-60"
    >
      {children}
    </button>
  )
}

export function FormMessage({ message }: { message?: string }) {
  return (
    <p role="status" aria-live="polite" className="min-h-6 text-sm text-red-700 dark:text-red-300">
      {message}
    </p>
  )
}
