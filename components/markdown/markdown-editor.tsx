'use client'

import { useId, useState, useTransition } from 'react'
import { previewMarkdownAction, type Preview } from '@/app/_actions/markdown'
import { FieldError, inputClass } from '@/components/form/field-error'
import { useHydrated } from '@/components/ui/use-hydrated'
import { MarkdownBody } from './markdown-body'

/** A markdown textarea with a Preview toggle (rendered by the server's sanitizing pipeline). */
export function MarkdownEditor(props: {
  name: string
  label: string
  defaultValue?: string
  errors?: string[]
  rows?: number
  hint?: string
  required?: boolean
}) {
  const id = useId()
  const [tab, setTab] = useState<'write' | 'preview'>('write')
  const [preview, setPreview] = useState<Preview>({ html: '' })
  const [pending, startTransition] = useTransition()
  // The preview needs the server round trip, so its tabs only appear once scripts run.
  const hydrated = useHydrated()
  const errorId = `${id}-error`
  const showPreview = (text: string) => {
    setTab('preview')
    startTransition(async () => setPreview(await previewMarkdownAction(text)))
  }
  return (
    <div>
      <div className="mb-1 flex items-end justify-between gap-2">
        <label htmlFor={id} className="font-medium">
          {props.label}
        </label>
        <div role="group" aria-label="Editor mode" hidden={!hydrated} className="flex gap-1 text-sm">
          <button
            type="button"
            aria-pressed={tab === 'write'}
            onClick={() => setTab('write')}
            className="min-h-11 rounded-md px-3 aria-pressed:bg-stone-200 dark:aria-pressed:bg-stone-800"
          >
            Write
          </button>
          <button
            type="button"
            aria-pressed={tab === 'preview'}
            onClick={(e) =>
              showPreview(
                (e.currentTarget.closest('form')?.elements.namedItem(props.name) as HTMLTextAreaElement | null)
                  ?.value ?? '',
              )
            }
            className="min-h-11 rounded-md px-3 aria-pressed:bg-stone-200 dark:aria-pressed:bg-stone-800"
          >
            Preview
          </button>
        </div>
      </div>
      <textarea
        id={id}
        name={props.name}
        rows={props.rows ?? 8}
        defaultValue={props.defaultValue}
        required={props.required}
        hidden={tab === 'preview'}
        aria-invalid={props.errors?.length ? true : undefined}
        aria-describedby={`${errorId}${props.hint ? ` ${id}-hint` : ''}`}
        className={inputClass}
      />
      {tab === 'preview' && (
        <div
          aria-live="polite"
          aria-busy={pending}
          className="min-h-40 rounded-lg border border-stone-300 p-3 dark:border-stone-600"
        >
          {'error' in preview ? (
            <p role="alert">{preview.error}</p>
          ) : preview.html ? (
            <MarkdownBody html={preview.html} />
          ) : (
            <p className="text-stone-600 dark:text-stone-400">{pending ? 'Rendering…' : 'Nothing to preview yet.'}</p>
          )}
        </div>
      )}
      {props.hint && (
        <p id={`${id}-hint`} className="mt-1 text-sm text-stone-600 dark:text-stone-400">
          {props.hint}
        </p>
      )}
      <FieldError id={errorId} errors={props.errors} />
    </div>
  )
}
