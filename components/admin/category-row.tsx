import Link from 'next/link'
import {
  buttonClass,
  Field,
  FieldNotice,
  formError,
  keptValue,
  PlaceOptions,
  primaryButtonClass,
  type Notice,
} from './category-field'
import {
  mergeCategoryAction,
  moveCategoryAction,
  reorderCategoryAction,
  updateCategoryAction,
} from '@/app/_actions/category-admin'
import { inputClass } from '@/components/form/field-error'
import { MAX_CATEGORY_DEPTH } from '@/lib/categories/admin-schemas'
import type { CategoryNode, CategoryOption } from '@/lib/categories/queries'
import { categoryPath } from '@/lib/slug'

const rowFields = ['name', 'slug', 'description', 'parentId', 'targetId', 'confirm']

const subtreeOf = (c: CategoryNode): CategoryNode[] => [c, ...c.children.flatMap(subtreeOf)]

/**
 * Where a category may go: parents that keep it and everything below it within the depth limit
 * (never itself or its own subcategories), and the categories it may merge into. lib checks the same.
 */
export function placesFor(category: CategoryNode, depthOf: Map<number, number>, options: CategoryOption[]) {
  const below = subtreeOf(category)
  const inside = new Set(below.map((c) => c.id))
  const height = Math.max(...below.map((c) => c.depth)) - category.depth
  const outside = options.filter((o) => !inside.has(o.id))
  return {
    parents: outside.filter((o) => (depthOf.get(o.id) ?? MAX_CATEGORY_DEPTH) + 1 + height <= MAX_CATEGORY_DEPTH),
    targets: outside.filter((o) => (depthOf.get(o.id) ?? MAX_CATEGORY_DEPTH) + height <= MAX_CATEGORY_DEPTH),
  }
}

type Props = {
  category: CategoryNode
  places: ReturnType<typeof placesFor>
  notice: Notice | null
  /** First or last among its siblings: no Up or no Down. */
  first: boolean
  last: boolean
}

/** One category in the admin tree: rename, move, reorder and merge, each a plain form that works without JavaScript. */
export function CategoryRow({ category, places, notice, first, last }: Props) {
  const form = `category-${category.id}`
  const general = formError(notice, form, rowFields)
  const fieldError = notice?.form === form && notice.error && rowFields.includes(notice.field)
  return (
    <li
      id={form}
      className="scroll-mt-4 rounded-xl border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900"
      style={{ marginLeft: `${(category.depth - 1) * 1.5}rem` }}
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h2 className="text-lg font-semibold">{category.name}</h2>
          <p className="text-sm text-stone-600 dark:text-stone-400">
            <Link href={categoryPath(category)} className="text-accent-700 underline dark:text-accent-300">
              {categoryPath(category)}
            </Link>{' '}
            · level {category.depth} · {category.questionCount}{' '}
            {category.questionCount === 1 ? 'question' : 'questions'}
          </p>
        </div>
        <form action={reorderCategoryAction} className="flex gap-2">
          <input type="hidden" name="id" value={category.id} />
          <button
            type="submit"
            name="direction"
            value="up"
            disabled={first}
            className={buttonClass}
            aria-label={`Move ${category.name} up`}
          >
            Up
          </button>
          <button
            type="submit"
            name="direction"
            value="down"
            disabled={last}
            className={buttonClass}
            aria-label={`Move ${category.name} down`}
          >
            Down
          </button>
        </form>
      </div>
      {notice?.form === form && notice.done && (
        <p
          role="status"
          className="mt-2 rounded-lg bg-accent-50 p-2 text-sm text-accent-700 dark:bg-accent-700/30 dark:text-accent-200"
        >
          {notice.done}
        </p>
      )}
      {general && (
        <p role="alert" className="mt-2 text-sm text-red-700 dark:text-red-300">
          {general}
        </p>
      )}
      {/* Open after an error inside, so the message shows next to its field. */}
      <details className="mt-2" open={Boolean(fieldError)}>
        <summary className="inline-flex min-h-11 cursor-pointer items-center text-sm font-medium text-accent-700 dark:text-accent-300">
          Rename, move or merge
        </summary>
        <form action={updateCategoryAction} className="mt-2 grid gap-x-4 sm:grid-cols-2">
          <input type="hidden" name="id" value={category.id} />
          <Field form={form} field="name" label="Name" notice={notice}>
            {(wiring) => (
              <input
                {...wiring}
                name="name"
                defaultValue={keptValue(notice, form, 'name', category.name)}
                maxLength={80}
                className={inputClass}
              />
            )}
          </Field>
          <Field form={form} field="slug" label="Address (after its parent’s)" notice={notice}>
            {(wiring) => (
              <input
                {...wiring}
                name="slug"
                defaultValue={keptValue(notice, form, 'slug', category.slug)}
                maxLength={60}
                className={inputClass}
              />
            )}
          </Field>
          <div className="sm:col-span-2">
            <Field form={form} field="description" label="Description" notice={notice}>
              {(wiring) => (
                <textarea
                  {...wiring}
                  name="description"
                  defaultValue={keptValue(notice, form, 'description', category.description)}
                  maxLength={300}
                  rows={2}
                  className={inputClass}
                />
              )}
            </Field>
          </div>
          <div>
            <button type="submit" className={primaryButtonClass}>
              Save {category.name}
            </button>
          </div>
        </form>
        <form action={moveCategoryAction} className="mt-4 flex flex-wrap items-start gap-3">
          <input type="hidden" name="id" value={category.id} />
          <div className="min-w-64 flex-1">
            <Field form={form} field="parentId" label="Move under" notice={notice}>
              {(wiring) => (
                <select
                  {...wiring}
                  name="parentId"
                  defaultValue={keptValue(notice, form, 'parentId', String(category.parentId ?? ''))}
                  className={inputClass}
                >
                  <option value="">Top level</option>
                  <PlaceOptions options={places.parents} />
                </select>
              )}
            </Field>
          </div>
          <button type="submit" className={`${buttonClass} mt-7`}>
            Move
          </button>
        </form>
        <form action={mergeCategoryAction} className="mt-2 flex flex-wrap items-start gap-3">
          <input type="hidden" name="id" value={category.id} />
          <div className="min-w-64 flex-1">
            <Field form={form} field="targetId" label="Merge into" notice={notice}>
              {(wiring) => (
                <select
                  {...wiring}
                  name="targetId"
                  defaultValue={keptValue(notice, form, 'targetId', '')}
                  className={inputClass}
                >
                  <option value="">Choose a category</option>
                  <PlaceOptions options={places.targets} />
                </select>
              )}
            </Field>
            <label className="flex min-h-11 items-center gap-2 text-sm">
              <input
                type="checkbox"
                name="confirm"
                aria-describedby={`${form}-confirm-error`}
                className="size-5 shrink-0"
              />
              I understand “{category.name}” will be removed; its questions, subcategories and followers move to the
              category chosen, and links to it lead there.
            </label>
            <FieldNotice notice={notice} form={form} field="confirm" />
          </div>
          <button type="submit" className={`${buttonClass} mt-7`}>
            Merge
          </button>
        </form>
      </details>
    </li>
  )
}
