import type { Metadata } from 'next'
import Link from 'next/link'
import { AdminsOnly, adminFor } from '../../_lib/moderators-only'
import type { Notice } from '@/components/admin/category-field'
import { CategoryRow, placesFor } from '@/components/admin/category-row'
import { NEW_CATEGORY_FORM, NewCategoryForm } from '@/components/admin/new-category-form'
import { MAX_CATEGORY_DEPTH } from '@/lib/categories/admin-schemas'
import { categoryOptions, flattenCategories, listCategoryTree } from '@/lib/categories/queries'

export const metadata: Metadata = { title: 'Categories', robots: { index: false } }

type SearchParams = Promise<Record<string, string | string[] | undefined>>

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? ''

export default async function CategoryAdminPage({ searchParams }: { searchParams: SearchParams }) {
  if (!(await adminFor('/admin/categories'))) return <AdminsOnly>This page changes the site’s categories.</AdminsOnly>
  const params = await searchParams
  const values = Object.fromEntries(
    Object.keys(params)
      .filter((k) => k.startsWith('v.'))
      .map((k) => [k.slice(2), one(params[k])]),
  )
  const notice: Notice | null = one(params.form)
    ? {
        form: one(params.form),
        field: one(params.field),
        error: one(params.error) || undefined,
        done: one(params.done) || undefined,
        values,
      }
    : null
  // Read fresh (not the cached tree): an admin sees their own change at once.
  const tree = await listCategoryTree()
  const all = flattenCategories(tree)
  const options = categoryOptions(tree)
  const depthOf = new Map(all.map((c) => [c.id, c.depth]))
  // A row that is gone (merged away) or was never there: its message shows at the top.
  const shown = new Set([NEW_CATEGORY_FORM, ...all.map((c) => `category-${c.id}`)])
  const stray = notice && !shown.has(notice.form) ? (notice.error ?? notice.done) : undefined
  return (
    <div className="max-w-3xl">
      <h1 className="text-2xl font-semibold">Categories</h1>
      <p className="mt-2 text-stone-700 dark:text-stone-300">
        Up to {MAX_CATEGORY_DEPTH} levels. A change shows on every page at once and is recorded in the{' '}
        <Link href="/moderation/audit" className="text-accent-700 underline dark:text-accent-300">
          audit log
        </Link>
        . Old addresses keep working: after a new address, a move or a merge, links to the old one lead to the new
        place.
      </p>
      {stray && (
        <p role={notice?.error ? 'alert' : 'status'} className="mt-3 text-sm">
          {stray}
        </p>
      )}
      <div className="mt-6">
        <NewCategoryForm
          parents={options.filter((o) => (depthOf.get(o.id) ?? MAX_CATEGORY_DEPTH) < MAX_CATEGORY_DEPTH)}
          notice={notice}
        />
      </div>
      {all.length === 0 ? (
        <p className="mt-6">No categories yet.</p>
      ) : (
        <ul aria-label="Categories, in the order readers see them" className="mt-6 flex flex-col gap-3">
          {all.map((c) => {
            const siblings = all.filter((s) => s.parentId === c.parentId)
            return (
              <CategoryRow
                key={c.id}
                category={c}
                places={placesFor(c, depthOf, options)}
                notice={notice}
                first={siblings[0]?.id === c.id}
                last={siblings.at(-1)?.id === c.id}
              />
            )
          })}
        </ul>
      )}
    </div>
  )
}
