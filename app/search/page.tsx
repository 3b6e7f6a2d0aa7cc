import type { Metadata } from 'next'
import Link from 'next/link'
import { SearchHitItem } from '@/components/search/search-hit'
import { FieldError, inputClass } from '@/components/form/field-error'
import { categoryOptions, listCategoryTree } from '@/lib/categories/queries'
import { readSearchInput } from '@/lib/search/read-input'
import { searchQuestions } from '@/lib/search/queries'
import { readSiteSettings } from '@/lib/cached'
import { makeCensor } from '@/lib/moderation/censor'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

// Results pages are for people, not for search engines: never indexed, links still followed.
export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const q = (await searchParams).q
  const text = typeof q === 'string' ? q.trim().slice(0, 60) : ''
  return {
    title: text ? `Search: ${text}` : 'Search',
    robots: { index: false, follow: true },
    alternates: { canonical: '/search' },
  }
}

/** A labelled filter control with its error below it. */
function Filter({
  id,
  label,
  error,
  children,
}: {
  id: string
  label: string
  error?: string
  children: React.ReactNode
}) {
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-sm font-medium">
        {label}
      </label>
      {children}
      <FieldError id={`${id}-error`} errors={error ? [error] : undefined} />
    </div>
  )
}

const statuses = [
  { value: 'any', label: 'Any' },
  { value: 'answered', label: 'Answered' },
  { value: 'unanswered', label: 'Unanswered' },
  { value: 'accepted', label: 'With a best answer' },
]

export default async function SearchPage({ searchParams }: Props) {
  const raw = await searchParams
  const [{ input, errors }, tree] = await Promise.all([readSearchInput(raw), listCategoryTree()])
  const [found, settings] = await Promise.all([
    input.q || Object.keys(raw).length ? searchQuestions(input) : null,
    readSiteSettings(),
  ])
  const censor = makeCensor(settings.spam.censoredWords)
  const result = found && {
    ...found,
    hits: found.hits.map((h) => ({ ...h, title: censor(h.title), snippet: censor(h.snippet) })),
  }
  const pageLink = (page: number) => {
    const params = new URLSearchParams()
    for (const key of ['q', 'category', 'tag', 'status', 'from', 'to']) {
      const v = raw[key]
      if (typeof v === 'string' && v) params.set(key, v)
    }
    if (page > 1) params.set('page', String(page))
    return `/search?${params}`
  }
  const value = (key: string) => (typeof raw[key] === 'string' ? raw[key].slice(0, 300) : '')
  return (
    <div className="max-w-3xl">
      <h1 className="text-2xl font-semibold">Search</h1>
      <form action="/search" method="get" role="search" className="mt-4 flex flex-col gap-3">
        <div className="flex gap-2">
          <label htmlFor="search-q" className="sr-only">
            Search questions and answers
          </label>
          <input
            id="search-q"
            name="q"
            type="search"
            defaultValue={input.q}
            maxLength={300}
            className={inputClass}
            placeholder='e.g. sleep "panic attack" -work'
          />
          <button
            type="submit"
            className="inline-flex min-h-11 items-center rounded-lg bg-accent-600 px-5 font-medium text-white hover:bg-accent-700"
          >
            Search
          </button>
        </div>
        <details
          open={
            Object.keys(errors).length > 0 ||
            ['category', 'tag', 'status', 'from', 'to'].some((k) => value(k) && value(k) !== 'any')
          }
        >
          <summary className="inline-flex min-h-11 cursor-pointer items-center text-sm text-accent-700 dark:text-accent-300">
            Filters
          </summary>
          <div className="mt-2 grid gap-3 sm:grid-cols-2">
            <Filter id="search-category" label="Category (with its subcategories)" error={errors.category}>
              <select
                id="search-category"
                name="category"
                defaultValue={value('category')}
                className={inputClass}
                aria-describedby="search-category-error"
              >
                <option value="">All categories</option>
                {categoryOptions(tree).map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.label}
                  </option>
                ))}
              </select>
            </Filter>
            <Filter id="search-tag" label="Tag" error={errors.tag}>
              <input
                id="search-tag"
                name="tag"
                defaultValue={value('tag')}
                maxLength={40}
                className={inputClass}
                aria-describedby="search-tag-error"
              />
            </Filter>
            <Filter id="search-status" label="Answers" error={errors.status}>
              <select
                id="search-status"
                name="status"
                defaultValue={input.status}
                className={inputClass}
                aria-describedby="search-status-error"
              >
                {statuses.map((s) => (
                  <option key={s.value} value={s.value}>
                    {s.label}
                  </option>
                ))}
              </select>
            </Filter>
            <div className="grid grid-cols-2 gap-2">
              <Filter id="search-from" label="Asked from" error={errors.from}>
                <input
                  id="search-from"
                  name="from"
                  type="date"
                  defaultValue={input.from ?? ''}
                  className={inputClass}
                  aria-describedby="search-from-error"
                />
              </Filter>
              <Filter id="search-to" label="to" error={errors.to}>
                <input
                  id="search-to"
                  name="to"
                  type="date"
                  defaultValue={input.to ?? ''}
                  className={inputClass}
                  aria-describedby="search-to-error"
                />
              </Filter>
            </div>
          </div>
        </details>
      </form>
      {result && (
        <section aria-labelledby="results-heading" className="mt-6">
          <h2 id="results-heading" className="sr-only">
            Results
          </h2>
          {result.notice && (
            <p role="status" className="mb-3 rounded-lg bg-stone-100 p-3 text-sm dark:bg-stone-800">
              {result.notice}
            </p>
          )}
          {result.hits.length === 0 && input.q && !result.notice && (
            <p>
              Nothing matched. Try other words, or{' '}
              <Link href="/ask" className="text-accent-700 underline dark:text-accent-300">
                ask your question
              </Link>
              .
            </p>
          )}
          <ol>
            {result.hits.map((hit) => (
              <SearchHitItem key={hit.id} hit={hit} />
            ))}
          </ol>
          <nav aria-label="Result pages" className="mt-4 flex gap-4">
            {input.page > 1 && (
              <Link
                href={pageLink(input.page - 1)}
                rel="prev"
                className="inline-flex min-h-11 items-center text-accent-700 underline dark:text-accent-300"
              >
                Previous results
              </Link>
            )}
            {result.hasMore && (
              <Link
                href={pageLink(input.page + 1)}
                rel="next"
                className="inline-flex min-h-11 items-center text-accent-700 underline dark:text-accent-300"
              >
                More results
              </Link>
            )}
          </nav>
        </section>
      )}
    </div>
  )
}
