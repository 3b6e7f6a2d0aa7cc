'use client'

import { FieldError, inputClass } from '@/components/form/field-error'
import { useViewer } from '@/components/viewer/viewer-context'
import { useAnonymousPosting } from './posting-policy'

/**
 * Question2Answer's fields for posting without an account. In the static HTML for everyone
 * (readers without JavaScript are anonymous); hidden once the viewer island finds a member.
 */
export function AnonymousFields({
  values,
  errors,
  idPrefix = '',
  emailLabel = 'Email me at this address if my answer is selected or commented on (optional)',
}: {
  values?: Record<string, string>
  errors?: Record<string, string[]>
  emailLabel?: string
  idPrefix?: string
}) {
  const id = (name: string) => `${idPrefix}${name}`
  const { info } = useViewer()
  const anonymousAllowed = useAnonymousPosting()
  if (info.viewer) return null
  if (!anonymousAllowed)
    return (
      <p className="mt-4 rounded-lg border border-stone-200 p-4 text-sm dark:border-stone-700">
        This site takes posts from members only:{' '}
        <a href="/sign-in" className="text-accent-700 underline dark:text-accent-300">
          sign in
        </a>{' '}
        or{' '}
        <a href="/sign-up" className="text-accent-700 underline dark:text-accent-300">
          create an account
        </a>{' '}
        first.
      </p>
    )
  return (
    <fieldset className="mt-4 grid gap-3 rounded-lg border border-stone-200 p-4 dark:border-stone-700">
      <legend className="px-1 text-sm font-medium">Posting without an account</legend>
      <div>
        <label htmlFor={id('anonName')} className="text-sm font-medium">
          Your name to display (optional)
        </label>
        <input
          id={id('anonName')}
          name="anonName"
          maxLength={40}
          autoComplete="nickname"
          defaultValue={values?.anonName}
          aria-describedby={id('anonName-error')}
          aria-invalid={errors?.anonName ? true : undefined}
          className={inputClass}
        />
        <FieldError id={id('anonName-error')} errors={errors?.anonName} />
      </div>
      <div>
        <label htmlFor={id('anonEmail')} className="text-sm font-medium">
          {emailLabel}
        </label>
        <input
          id={id('anonEmail')}
          name="anonEmail"
          type="email"
          maxLength={254}
          autoComplete="email"
          defaultValue={values?.anonEmail}
          aria-describedby={`${id('anonEmail-hint')} ${id('anonEmail-error')}`}
          aria-invalid={errors?.anonEmail ? true : undefined}
          className={inputClass}
        />
        <p id={id('anonEmail-hint')} className="mt-1 text-sm text-stone-600 dark:text-stone-400">
          Privacy: your email address will only be used for sending these notifications.
        </p>
        <FieldError id={id('anonEmail-error')} errors={errors?.anonEmail} />
      </div>
      {/* A trap for bots: people never see or fill it. */}
      <div hidden>
        <label>
          Leave this empty <input name="website" tabIndex={-1} autoComplete="off" />
        </label>
      </div>
    </fieldset>
  )
}
