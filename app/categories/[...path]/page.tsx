import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound, permanentRedirect } from 'next/navigation'
import { ListHeader } from '@/components/question/list-header'
import { QuestionList } from '@/components/question/question-row'
import { Breadcrumb } from '@/components/ui/breadcrumb'
import { Pagination } from '@/components/ui/pagination'
import { readCategory, readCategoryRedirect, readCategoryTree, readQuestionList } from '@/lib/cached'
import { flattenCategories } from '@/lib/categories/queries'
import { decodeSegments, splitPage } from '@/lib/route-params'
import { pageAlternates } from '@/lib/seo/alternates'
import { categoryPath } from '@/lib/slug'
import { FollowControl } from '@/components/follow/follow-control'

export const revalidate = 3600

type Props = { params: Promise<{ path: string[] }> }

export async function generateStaticParams() {
  return flattenCategories(await readCategoryTree()).map((c) => ({ path: c.path.split('/') }))
}

async function load(params: Props['params']) {
  const segments = decodeSegments((await params).path)
  const split = segments && splitPage(segments)
  if (!split || split.rest.length === 0 || split.rest.length > 4) return null
  const category = await readCategory(split.rest.join('/'))
  return category ? { category, page: split.page } : null
}

/** The address a renamed, moved or merged category has now, if this was one of its old ones. */
async function movedTo(params: Props['params']): Promise<string | null> {
  const segments = decodeSegments((await params).path)
  const split = segments && splitPage(segments)
  const path = split && split.rest.length > 0 ? await readCategoryRedirect(split.rest.join('/')) : null
  if (!split || !path) return null
  const base = categoryPath({ path })
  return split.page > 1 ? `${base}/page/${split.page}` : base
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const loaded = await load(params)
  if (!loaded) return {}
  const { category, page } = loaded
  const base = categoryPath(category)
  return {
    title: page > 1 ? `${category.name}, page ${page}` : category.name,
    description: category.description || undefined,
    alternates: pageAlternates(page > 1 ? `${base}/page/${page}` : base, [
      { url: `/feeds/categories/${category.path}.atom`, title: `${category.name}: new questions` },
    ]),
  }
}

export default async function CategoryPage({ params }: Props) {
  const loaded = await load(params)
  if (!loaded) {
    const to = await movedTo(params)
    if (to) permanentRedirect(to)
    notFound()
  }
  const { category, page } = loaded
  const list = await readQuestionList({ kind: 'category', id: category.id, depth: category.depth }, 'active', page)
  if (page > 1 && list.items.length === 0) notFound()
  return (
    <>
      <Breadcrumb
        items={[
          { name: 'Home', path: '/' },
          { name: 'Categories', path: '/categories' },
          ...category.ancestors.map((a) => ({ name: a.name, path: categoryPath(a) })),
          { name: category.name, path: categoryPath(category) },
        ]}
      />
      <ListHeader
        title={page > 1 ? `${category.name}, page ${page}` : category.name}
        intro={category.description ? <p>{category.description}</p> : undefined}
        feed={`/feeds/categories/${category.path}.atom`}
      />
      <div className="mb-5">
        <FollowControl
          ownProvider
          targetType="category"
          targetId={category.id}
          returnTo={categoryPath(category)}
          what="this category (and its subcategories)"
        />
      </div>
      {category.children.length > 0 && (
        <nav aria-label="Subcategories" className="mb-5">
          <ul className="flex flex-wrap gap-2">
            {category.children.map((c) => (
              <li key={c.id}>
                <Link
                  href={categoryPath(c)}
                  className="inline-flex min-h-11 items-center rounded-lg border border-stone-300 px-3 text-sm hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800"
                >
                  {c.name} <span className="ml-1.5 text-stone-600 dark:text-stone-400">({c.questionCount})</span>
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <p className="mb-3 text-sm text-stone-600 dark:text-stone-400">
        {list.total} {list.total === 1 ? 'question' : 'questions'}
        {category.children.length > 0 ? ', including subcategories' : ''}
      </p>
      <QuestionList items={list.items} timeField="lastActivityAt" empty="No questions here yet — ask the first one." />
      <Pagination base={categoryPath(category)} page={page} pageCount={list.pageCount} />
    </>
  )
}
