import { Field, formError, keptValue, PlaceOptions, primaryButtonClass, type Notice } from './category-field'
import { createCategoryAction } from '@/app/_actions/category-admin'
import { inputClass } from '@/components/form/field-error'

// The id app/_actions/category-admin.ts sends this form's outcome back to.
export const NEW_CATEGORY_FORM = 'new-category'

/** Creates a category (a plain form: works without JavaScript). `parents` are the categories that can still take a child. */
export function NewCategoryForm({
  parents,
  notice,
}: {
  parents: { id: number; label: string }[]
  notice: Notice | null
}) {
  const form = NEW_CATEGORY_FORM
  const general = formError(notice, form, ['name', 'slug', 'description', 'parentId'])
  return (
    <section
      id={form}
      aria-labelledby={`${form}-heading`}
      className="scroll-mt-4 rounded-xl border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900"
    >
      <h2 id={`${form}-heading`} className="text-lg font-semibold">
        New category
      </h2>
      {general && (
        <p role="alert" className="mt-1 text-sm text-red-700 dark:text-red-300">
          {general}
        </p>
      )}
      <form action={createCategoryAction} className="mt-2 grid gap-x-4 sm:grid-cols-2">
        <Field form={form} field="name" label="Name" notice={notice}>
          {(wiring) => (
            <input
              {...wiring}
              name="name"
              defaultValue={keptValue(notice, form, 'name', '')}
              maxLength={80}
              className={inputClass}
            />
          )}
        </Field>
        <Field form={form} field="slug" label="Address (optional: made from the name)" notice={notice}>
          {(wiring) => (
            <input
              {...wiring}
              name="slug"
              defaultValue={keptValue(notice, form, 'slug', '')}
              maxLength={60}
              className={inputClass}
            />
          )}
        </Field>
        <Field form={form} field="parentId" label="Inside" notice={notice}>
          {(wiring) => (
            <select
              {...wiring}
              name="parentId"
              defaultValue={keptValue(notice, form, 'parentId', '')}
              className={inputClass}
            >
              <option value="">Top level</option>
              <PlaceOptions options={parents} />
            </select>
          )}
        </Field>
        <Field form={form} field="description" label="Description (optional)" notice={notice}>
          {(wiring) => (
            <input
              {...wiring}
              name="description"
              defaultValue={keptValue(notice, form, 'description', '')}
              maxLength={300}
              className={inputClass}
            />
          )}
        </Field>
        <div>
          <button type="submit" className={primaryButtonClass}>
            Create category
          </button>
        </div>
      </form>
    </section>
  )
}
