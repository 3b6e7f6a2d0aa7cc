'use client'

import { useActionState } from 'react'
import { postAnswerAction } from '@/app/_actions/answers'
import { AnonymousFields } from '@/components/form/anonymous-fields'
import { SuccessNotice } from '@/components/form/success-notice'
import { MarkdownEditor } from '@/components/markdown/markdown-editor'
import { initialFormState } from '@/lib/result'

/**
 * Works without JavaScript: the permalink makes the form post to this thread's URL, where Next runs
 * the action and redirects to the new answer's anchor.
 */
export function AnswerForm({ questionId, permalink }: { questionId: number; permalink: string }) {
  const [state, action, pending] = useActionState(postAnswerAction, initialFormState, permalink)
  const errors = state.status === 'error' ? state.fieldErrors : undefined
  const values = state.status === 'error' ? state.values : undefined
  return (
    <form action={action} noValidate>
      <input type="hidden" name="questionId" value={questionId} />
      <MarkdownEditor
        name="body"
        label="Your answer"
        defaultValue={values?.body}
        errors={errors?.body}
        hint="Markdown works: **bold**, *italic*, lists, [links](https://example.org)."
      />
      <AnonymousFields values={values} errors={errors} />
      <div className="mt-3">
        <SuccessNotice state={state} />
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <button
          type="submit"
          disabled={pending}
          className="inline-flex min-h-11 items-center rounded-lg bg-accent-600 px-5 font-medium text-white hover:bg-accent-700 disabled:opacity-60"
        >
          {pending ? 'Posting…' : 'Post your answer'}
        </button>
        <p aria-live="polite" className="text-sm text-red-700 dark:text-red-300">
          {state.status === 'error' && !errors ? state.message : ''}
        </p>
      </div>
    </form>
  )
}
