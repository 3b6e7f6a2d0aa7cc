import type { Metadata } from 'next'
import Link from 'next/link'
import { ListHeader } from '@/components/question/list-header'
import { readCategoryTree } from '@/lib/cached'
import type { CategoryNode } from '@/lib/categories/queries'
import { categoryPath } from '@/lib/slug'
import { pageAlternates } from '@/lib/seo/alternates'

export const revalidate = 3600

export const metadata: Metadata = { title: 'Categories', alternates: pageAlternates('/categories') }

function CategoryItems({ nodes }: { nodes: CategoryNode[] }) {
  return (
    <ul className="flex flex-col gap-1 pl-4">
      {nodes.map((c) => (
        <li key={c.id}>
          <Link href={categoryPath(c)} className="text-accent-700 hover:underline dark:text-accent-300">
            {c.name}
          </Link>{' '}
          <span className="text-sm text-stone-600 dark:text-stone-400">({c.questionCount})</span>
          {c.children.length > 0 && <CategoryItems nodes={c.children} />}
        </li>
      ))}
    </ul>
  )
}

export default async function CategoriesPage() {
  const tree = await readCategoryTree()
  return (
    <>
      <ListHeader title="Categories" />
      {tree.length === 0 && <p>No categories yet.</p>}
      <ul className="grid gap-4 sm:grid-cols-2">
        {tree.map((c) => (
          <li
            key={c.id}
            className="rounded-xl border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900"
          >
            <h2 className="text-lg font-semibold">
              <Link href={categoryPath(c)} className="hover:text-accent-700 dark:hover:text-accent-300">
                {c.name}
              </Link>
            </h2>
            <p className="text-sm text-stone-600 dark:text-stone-400">
              {c.questionCount} {c.questionCount === 1 ? 'question' : 'questions'}
            </p>
            {c.description && <p className="mt-1 text-stone-700 dark:text-stone-300">{c.description}</p>}
            {c.children.length > 0 && (
              <div className="mt-2 text-sm">
                <CategoryItems nodes={c.children} />
              </div>
            )}
          </li>
        ))}
      </ul>
    </>
  )
}
