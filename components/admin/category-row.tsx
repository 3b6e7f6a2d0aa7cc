import { mergeCategoryAction, moveCategoryAction, reorderCategoryAction, updateCategoryAction } from '@/app/_actions/category-admin'
import { inputClass } from '@/components/form/field-error'
import type { CategoryNode, CategoryOption } from '@/lib/categories/queries'

/** What the last submit said, for the form and field it concerns. */
export type Notice = { form: string; field: string; error?: string; done?: string }

const button = 'inline-flex min-h-11 items-center rounded-lg border border-stone-300 px-4 text-sm font-medium hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800'
const primary = 'inline-flex min-h-11 items-center rounded-lg bg-accent-600 px-4 text-sm font-medium text-white hover:bg-accent-700'

export function FieldNotice({ notice, form, field }: { notice: Notice | null; form: string; field: string }) {
  const id = `${form}-${field}-error`
  const text = notice?.form === form && notice.field === field ? notice.error : undefined
  return (
    <p id={id} role={text ? 'alert' : undefined} className="min-h-5 text-sm text-red-700 dark:text-red-300">
      {text}
    </p>
  )
}

export function Labeled({ form, field, label, notice, children }: { form: string; field: string; label: string; notice: Notice | null; children: (props: { id: string; 'aria-describedby': string; 'aria-invalid'?: true }) => React.ReactNode }) {
  const id = `${form}-${field}`
  const invalid = notice?.form === form && notice.field === field && notice.error ? true : undefined
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-sm font-medium">
        {label}
      </label>
      {children({ id, 'aria-describedby': `${id}-error`, ...(invalid ? { 'aria-invalid': true } : {}) })}
      <FieldNotice notice={notice} form={form} field={field} />
    </div>
  )
}

/** One category's forms: rename, move, reorder, merge (each a plain form that works without JavaScript). */
export function CategoryRow({ category, options, notice, first, last }: { category: CategoryNode; options: CategoryOption[]; notice: Notice | null; first: boolean; last: boolean }) {
  const form = `category-${category.id}`
  const inside = (o: CategoryOption) => o.path === category.path || o.path.startsWith(`${category.path}/`)
  const otherPlaces = options.filter((o) => !inside(o))
  const generalError = notice?.form === form && notice.error && !['name', 'slug', 'description', 'parentId', 'targetId', 'confirm'].includes(notice.field) ? notice.error : undefined
  return (
    <li id={form} className="scroll-mt-4 rounded-xl border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900" style={{ marginLeft: `${(category.depth - 1) * 1.5}rem` }}>
      <h2 className="text-lg font-semibold">
        {category.name} <span className="text-sm font-normal text-stone-600 dark:text-stone-400">/categories/{category.path} · {category.questionCount} {category.questionCount === 1 ? 'question' : 'questions'}</span>
      </h2>
      {notice?.form === form && notice.done && (
        <p role="status" className="mt-1 rounded-lg bg-accent-50 p-2 text-sm text-accent-700 dark:bg-accent-700/30 dark:text-accent-200">
          {notice.done}
        </p>
      )}
      {generalError && (
        <p role="alert" className="mt-1 text-sm text-red-700 dark:text-red-300">
          {generalError}
        </p>
      )}
      <details className="mt-2">
        <summary className="inline-flex min-h-11 cursor-pointer items-center text-sm text-accent-700 dark:text-accent-300">Rename, move or merge</summary>
        <form action={updateCategoryAction} className="mt-2 grid gap-x-4 sm:grid-cols-2">
          <input type="hidden" name="id" value={category.id} />
          <Labeled form={form} field="name" label="Name" notice={notice}>
            {(p) => <input {...p} name="name" defaultValue={category.name} maxLength={80} className={inputClass} />}
          </Labeled>
          <Labeled form={form} field="slug" label="Address (after its parent’s)" notice={notice}>
            {(p) => <input {...p} name="slug" defaultValue={category.slug} maxLength={60} className={inputClass} />}
          </Labeled>
          <div className="sm:col-span-2">
            <Labeled form={form} field="description" label="Description" notice={notice}>
              {(p) => <textarea {...p} name="description" defaultValue={category.description} maxLength={300} rows={2} className={inputClass} />}
            </Labeled>
          </div>
          <div>
            <button type="submit" className={primary}>
              Save {category.name}
            </button>
          </div>
        </form>
        <form action={moveCategoryAction} className="mt-4 flex flex-wrap items-end gap-3">
          <input type="hidden" name="id" value={category.id} />
          <div className="min-w-64 flex-1">
            <Labeled form={form} field="parentId" label="Move under" notice={notice}>
              {(p) => (
                <select {...p} name="parentId" defaultValue={category.parentId ?? ''} className={inputClass}>
                  <option value="">Top level</option>
                  {otherPlaces.map((o) => (
                    <option key={o.id} value={o.id}>
                      {o.label}
                    </option>
                  ))}
                </select>
              )}
            </Labeled>
          </div>
          <button type="submit" className={`${button} mb-5`}>
            Move
          </button>
        </form>
        <form action={mergeCategoryAction} className="mt-2 flex flex-wrap items-end gap-3">
          <input type="hidden" name="id" value={category.id} />
          <div className="min-w-64 flex-1">
            <Labeled form={form} field="targetId" label="Merge into" notice={notice}>
              {(p) => (
                <select {...p} name="targetId" defaultValue="" className={inputClass}>
                  <option value="">Choose a category</option>
                  {otherPlaces.map((o) => (
                    <option key={o.id} value={o.id}>
                      {o.label}
                    </option>
                  ))}
                </select>
              )}
            </Labeled>
            <label className="flex min-h-11 items-center gap-2 text-sm">
              <input type="checkbox" name="confirm" aria-describedby={`${form}-confirm-error`} className="size-5" />I understand “{category.name}” will be removed, and its questions, subcategories and followers moved.
            </label>
            <FieldNotice notice={notice} form={form} field="confirm" />
          </div>
          <button type="submit" className={`${button} mb-5`}>
            Merge
          </button>
        </form>
      </details>
      <form action={reorderCategoryAction} className="mt-1 flex gap-2">
        <input type="hidden" name="id" value={category.id} />
        <button type="submit" name="direction" value="up" disabled={first} className={`${button} disabled:opacity-40`} aria-label={`Move ${category.name} up`}>
          Up
        </button>
        <button type="submit" name="direction" value="down" disabled={last} className={`${button} disabled:opacity-40`} aria-label={`Move ${category.name} down`}>
          Down
        </button>
      </form>
    </li>
  )
}
