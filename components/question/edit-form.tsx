'use client'

import { useActionState } from 'react'
import { editPostAction } from '@/app/_actions/posts'
import { CategorySelect } from '@/components/form/category-select'
import { FormMessage, SubmitButton, TextField } from '@/components/form/text-field'
import { MarkdownEditor } from '@/components/markdown/markdown-editor'
import type { CategoryOption } from '@/lib/categories/queries'
import type { EditablePost } from '@/lib/revisions/queries'
import { initialFormState } from '@/lib/result'

export function EditForm({
  post,
  categories,
  returnTo,
}: {
  post: EditablePost
  categories: CategoryOption[]
  returnTo: string
}) {
  const [state, action, pending] = useActionState(editPostAction, initialFormState, `/posts/${post.postId}/edit`)
  const errors = state.status === 'error' ? state.fieldErrors : undefined
  const values = state.status === 'error' ? state.values : undefined
  const isQuestion = post.type === 'question'
  return (
    <form action={action} className="flex flex-col gap-3" noValidate>
      <input type="hidden" name="postId" value={post.postId} />
      <input type="hidden" name="returnTo" value={returnTo} />
      {isQuestion && (
        <TextField
          name="title"
          label="Title"
          maxLength={150}
          defaultValue={values?.title ?? post.title ?? ''}
          errors={errors?.title}
        />
      )}
      <MarkdownEditor
        name="body"
        label={isQuestion ? 'Details' : post.type === 'answer' ? 'Answer' : 'Comment'}
        defaultValue={values?.body ?? post.body}
        errors={errors?.body}
        rows={post.type === 'comment' ? 4 : 12}
      />
      {isQuestion && (
        <>
          <CategorySelect
            categories={categories}
            defaultValue={values?.categoryId ?? String(post.categoryId ?? '')}
            errors={errors?.categoryId}
          />
          <TextField
            name="tags"
            label="Tags"
            defaultValue={values?.tags ?? post.tags.join(' ')}
            errors={errors?.tags}
            hint="Up to 5, separated by spaces or commas."
          />
        </>
      )}
      <TextField
        name="comment"
        label="Edit summary (optional)"
        maxLength={200}
        defaultValue={values?.comment}
        errors={errors?.comment}
        hint="What you changed, for the history page."
      />
      <FormMessage message={state.status === 'error' && !errors ? state.message : undefined} />
      <div>
        <SubmitButton pending={pending}>{pending ? 'Saving…' : 'Save edits'}</SubmitButton>
      </div>
    </form>
  )
}
