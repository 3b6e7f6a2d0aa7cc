/**
 * What the last category form post said (the actions redirect back with it in the query): an
 * error for one field of one form, with what was entered, or a done message for a row.
 */
export type Notice = { form: string; field: string; error?: string; done?: string; values?: Record<string, string> }

export const buttonClass =
  'inline-flex min-h-11 items-center rounded-lg border border-stone-300 px-4 text-sm font-medium hover:bg-stone-100 disabled:opacity-40 dark:border-stone-600 dark:hover:bg-stone-800'
export const primaryButtonClass =
  'inline-flex min-h-11 items-center rounded-lg bg-accent-600 px-5 font-medium text-white hover:bg-accent-700'

/** What the admin had entered in `field` of `form` before an error sent them back, so they can correct it; else `fallback`. */
export const keptValue = (notice: Notice | null, form: string, field: string, fallback: string) =>
  notice?.form === form && notice.error && notice.values?.[field] !== undefined ? notice.values[field] : fallback

export const errorFor = (notice: Notice | null, form: string, field: string) =>
  notice?.form === form && notice.field === field ? notice.error : undefined

/** The error of a form that names none of `fields` (e.g. refused, or the category is gone). */
export const formError = (notice: Notice | null, form: string, fields: string[]) =>
  notice?.form === form && !fields.includes(notice.field) ? notice.error : undefined

export function FieldNotice({ notice, form, field }: { notice: Notice | null; form: string; field: string }) {
  const error = errorFor(notice, form, field)
  return (
    <p
      id={`${form}-${field}-error`}
      role={error ? 'alert' : undefined}
      className="min-h-5 text-sm text-red-700 dark:text-red-300"
    >
      {error}
    </p>
  )
}

type Wiring = { id: string; 'aria-describedby': string; 'aria-invalid'?: true }

/** A labelled control with its error below it; `children` gets the id and aria wiring to spread on the control. */
export function Field({
  form,
  field,
  label,
  notice,
  children,
}: {
  form: string
  field: string
  label: string
  notice: Notice | null
  children: (wiring: Wiring) => React.ReactNode
}) {
  const id = `${form}-${field}`
  return (
    <div>
      <label htmlFor={id} className="mb-1 block font-medium">
        {label}
      </label>
      {children({
        id,
        'aria-describedby': `${id}-error`,
        ...(errorFor(notice, form, field) ? { 'aria-invalid': true as const } : {}),
      })}
      <FieldNotice notice={notice} form={form} field={field} />
    </div>
  )
}

export function PlaceOptions({ options }: { options: { id: number; label: string }[] }) {
  return options.map((o) => (
    <option key={o.id} value={o.id}>
      {o.label}
    </option>
  ))
}
