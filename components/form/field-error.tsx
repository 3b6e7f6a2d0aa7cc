/** Errors for one field, announced when they appear; the input points at it with aria-describedby. */
export function FieldError({ id, errors }: { id: string; errors?: string[] }) {
  return (
    <p id={id} aria-live="polite" className="min-h-5 text-sm text-red-700 dark:text-red-300">
      {errors?.[0]}
    </p>
  )
}

export const inputClass =
  'block w-full rounded-lg border border-stone-300 bg-white px-3 py-2 text-base text-stone-900 placeholder:text-stone-500 dark:border-stone-600 dark:bg-stone-900 dark:text-stone-100 aria-[invalid=true]:border-red-600'
