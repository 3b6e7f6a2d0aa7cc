import type { CategoryOption } from '@/lib/categories/queries'
import { FieldError, inputClass } from './field-error'

export function CategorySelect({
  categories,
  defaultValue,
  errors,
  placeholder,
}: {
  categories: CategoryOption[]
  defaultValue: string
  errors?: string[]
  placeholder?: string
}) {
  return (
    <div>
      <label htmlFor="categoryId" className="mb-1 block font-medium">
        Category
      </label>
      <select
        id="categoryId"
        name="categoryId"
        defaultValue={defaultValue}
        aria-describedby="categoryId-error"
        aria-invalid={errors?.length ? true : undefined}
        className={inputClass}
      >
        {placeholder && (
          <option value="" disabled>
            {placeholder}
          </option>
        )}
        {categories.map((c) => (
          <option key={c.id} value={c.id}>
            {c.label}
          </option>
        ))}
      </select>
      <FieldError id="categoryId-error" errors={errors} />
    </div>
  )
}
