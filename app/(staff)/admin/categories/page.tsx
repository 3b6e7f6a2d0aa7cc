import type { Metadata } from 'next'
import Link from 'next/link'
import { AdminsOnly, adminFor } from '../../_lib/moderators-only'
import { createCategoryAction } from '@/app/_actions/category-admin'
import { CategoryRow, Labeled, type Notice } from '@/components/admin/category-row'
import { inputClass } from '@/components/form/field-error'
import { categoryOptions, flattenCategories, listCategoryTree } from '@/lib/categories/queries'

export const metadata: Metadata = { title: 'Categories', robots: { index: false } }

type SearchParams = Promise<Record<string, string | string[] | undefined>>

export default async function CategoryAdminPage({ searchParams }: { searchParams: SearchParams }) {
  if (!(await adminFor('/admin/categories'))) return <AdminsOnly>This page changes the site’s categories.</AdminsOnly>
  const params = await searchParams
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? ''
  const notice: Notice | null = params.form ? { form: one(params.form), field: one(params.field), error: one(params.error) || undefined, done: one(params.done) || undefined } : null
  const tree = await listCategoryTree()
  const all = flattenCategories(tree)
  const options = categoryOptions(tree)
  const siblingsOf = (parentId: number | null) => all.filter((c) => c.parentId === parentId)
  const newForm = 'new-category'
  return (
    <div className="max-w-3xl">
      <h1 className="text-2xl font-semibold">Categories</h1>
      <p className="mt-2 text-stone-700 dark:text-stone-300">
        Up to four levels. Every change re-renders the pages that show it and is recorded in the{' '}
        <Link href="/moderation/audit" className="text-accent-700 underline dark:text-accent-300">
          audit log
        </Link>
        . Also: <Link href="/admin/settings" className="text-accent-700 underline dark:text-accent-300">site settings</Link>
      </p>
      <section id={newForm} aria-labelledby="new-category-heading" className="mt-6 scroll-mt-4 rounded-xl border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900">
        <h2 id="new-category-heading" className="text-lg font-semibold">
          New category
        </h2>
        {notice?.form === newForm && notice.error && !['name', 'slug', 'description', 'parentId'].includes(notice.field) && (
          <p role="alert" className="text-sm text-red-700 dark:text-red-300">
            {notice.error}
          </p>
        )}
        <form action={createCategoryAction} className="mt-2 grid gap-x-4 sm:grid-cols-2">
          <Labeled form={newForm} field="name" label="Name" notice={notice}>
            {(p) => <input {...p} name="name" maxLength={80} className={inputClass} />}
          </Labeled>
          <Labeled form={newForm} field="slug" label="Address (optional: made from the name)" notice={notice}>
            {(p) => <input {...p} name="slug" maxLength={60} className={inputClass} />}
          </Labeled>
          <Labeled form={newForm} field="parentId" label="Inside" notice={notice}>
            {(p) => (
              <select {...p} name="parentId" defaultValue="" className={inputClass}>
                <option value="">Top level</option>
                {options.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.label}
                  </option>
                ))}
              </select>
            )}
          </Labeled>
          <Labeled form={newForm} field="description" label="Description (optional)" notice={notice}>
            {(p) => <input {...p} name="description" maxLength={300} className={inputClass} />}
          </Labeled>
          <div>
            <button type="submit" className="inline-flex min-h-11 items-center rounded-lg bg-accent-600 px-4 text-sm font-medium text-white hover:bg-accent-700">
              Create category
            </button>
          </div>
        </form>
      </section>
      <ul className="mt-6 flex flex-col gap-3">
        {all.map((c) => {
          const siblings = siblingsOf(c.parentId)
          return <CategoryRow key={c.id} category={c} options={options} notice={notice} first={siblings[0]?.id === c.id} last={siblings.at(-1)?.id === c.id} />
        })}
      </ul>
    </div>
  )
}
