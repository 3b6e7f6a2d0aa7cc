'use client'

import Link from 'next/link'
import { useActionState, useEffect, useState } from 'react'
import { askQuestionAction } from '@/app/_actions/questions'
import { AnonymousFields } from '@/components/form/anonymous-fields'
import { CategorySelect } from '@/components/form/category-select'
import { SuccessNotice } from '@/components/form/success-notice'
import { FormMessage, SubmitButton, TextField } from '@/components/form/text-field'
import { MarkdownEditor } from '@/components/markdown/markdown-editor'
import { ViewerProvider } from '@/components/viewer/viewer-context'
import type { CategoryOption } from '@/lib/categories/queries'
import type { SimilarQuestion } from '@/lib/questions/similar'
import { initialFormState } from '@/lib/result'

/** Lists existing questions like the title being typed, so the asker may find their answer first. */
function SimilarQuestions({ title }: { title: string }) {
  const [items, setItems] = useState<SimilarQuestion[]>([])
  const tooShort = title.trim().length < 10
  // Cleared during render rather than in the effect, which would paint the old list once more.
  if (tooShort && items.length > 0) setItems([])
  useEffect(() => {
    if (title.trim().length < 10) return
    const controller = new AbortController()
    const timer = setTimeout(() => {
      fetch(`/api/similar?q=${encodeURIComponent(title)}`, { signal: controller.signal })
        .then((r) => (r.ok ? (r.json() as Promise<{ items: SimilarQuestion[] }>) : { items: [] }))
        .then((d) => setItems(d.items))
        .catch(() => {})
    }, 300)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [title])
  if (items.length === 0) return null
  return (
    <section
      aria-labelledby="similar-heading"
      aria-live="polite"
      className="mt-2 rounded-lg border border-stone-200 p-3 dark:border-stone-700"
    >
      <h2 id="similar-heading" className="text-sm font-semibold">
        Similar questions that may already have your answer
      </h2>
      <ul className="mt-2 flex flex-col gap-1 text-sm">
        {items.map((q) => (
          <li key={q.id}>
            <Link href={`/${q.id}/${q.slug}`} className="text-accent-700 underline dark:text-accent-300">
              {q.title}
            </Link>{' '}
            <span className="text-stone-600 dark:text-stone-400">
              ({q.answerCount} {q.answerCount === 1 ? 'answer' : 'answers'}
              {q.hasAcceptedAnswer ? ', one accepted' : ''})
            </span>
          </li>
        ))}
      </ul>
    </section>
  )
}

export function AskForm({ categories }: { categories: CategoryOption[] }) {
  const [state, action, pending] = useActionState(askQuestionAction, initialFormState, '/ask')
  const [title, setTitle] = useState('')
  const errors = state.status === 'error' ? state.fieldErrors : undefined
  const values = state.status === 'error' ? state.values : undefined
  return (
    <ViewerProvider>
      <form action={action} className="flex flex-col gap-3" noValidate>
        <div onInput={(e) => setTitle((e.target as HTMLInputElement).value)}>
          <TextField
            name="title"
            label="Your question"
            maxLength={150}
            defaultValue={values?.title}
            errors={errors?.title}
            hint="Say what you want to know in one sentence, 10 to 150 characters."
          />
          <SimilarQuestions title={title} />
        </div>
        <MarkdownEditor
          name="body"
          label="Details (optional)"
          defaultValue={values?.body}
          errors={errors?.body}
          rows={10}
          hint="What happened, what you tried, what would help. Markdown works."
        />
        <CategorySelect
          categories={categories}
          defaultValue={values?.categoryId ?? ''}
          errors={errors?.categoryId}
          placeholder="Choose a category"
        />
        <TextField
          name="tags"
          label="Tags (optional)"
          defaultValue={values?.tags}
          errors={errors?.tags}
          hint="Up to 5, separated by spaces or commas, e.g. sleep panic-attacks."
        />
        <AnonymousFields
          values={values}
          errors={errors}
          emailLabel="Email me at this address when my question is answered or commented on (optional)"
        />
        <SuccessNotice state={state} />
        <FormMessage message={state.status === 'error' && !errors ? state.message : undefined} />
        <div>
          <SubmitButton pending={pending}>{pending ? 'Posting…' : 'Post your question'}</SubmitButton>
        </div>
      </form>
    </ViewerProvider>
  )
}
