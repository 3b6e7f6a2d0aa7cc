import type { FormState } from '@/lib/result'

/** A form's success message, when it stays on the page (e.g. a post held for approval). */
export function SuccessNotice({ state }: { state: FormState }) {
  if (state.status !== 'success' || !state.message) return null
  return (
    <p
      role="status"
      className="rounded-lg bg-accent-50 p-3 text-sm text-accent-700 dark:bg-accent-700/30 dark:text-accent-200"
    >
      {state.message}
    </p>
  )
}
