import Link from 'next/link'
import { pagedPath } from '@/lib/slug'

/** Numbered pages around the current one, with first/last and previous/next links. */
export function Pagination({
  base,
  page,
  pageCount,
  label = 'Pages',
}: {
  base: string
  page: number
  pageCount: number
  label?: string
}) {
  if (pageCount <= 1) return null
  const numbers = new Set(
    [1, pageCount, page - 2, page - 1, page, page + 1, page + 2].filter((n) => n >= 1 && n <= pageCount),
  )
  const sorted = [...numbers].sort((a, b) => a - b)
  const item = 'inline-flex min-h-11 min-w-11 items-center justify-center rounded-lg px-3 text-sm'
  const link = `${item} border border-stone-300 hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800`
  return (
    <nav aria-label={label} className="mt-6">
      <ul className="flex flex-wrap items-center gap-1.5">
        {page > 1 && (
          <li>
            <Link className={link} href={pagedPath(base, page - 1)} rel="prev">
              ‹ Previous
            </Link>
          </li>
        )}
        {sorted.map((n, i) => (
          <li key={n} className="flex items-center gap-1.5">
            {i > 0 && n - sorted[i - 1]! > 1 && <span aria-hidden="true">…</span>}
            {n === page ? (
              <span className={`${item} bg-accent-600 font-semibold text-white`} aria-current="page">
                {n}
              </span>
            ) : (
              <Link className={link} href={pagedPath(base, n)}>
                <span className="sr-only">Page </span>
                {n}
              </Link>
            )}
          </li>
        ))}
        {page < pageCount && (
          <li>
            <Link className={link} href={pagedPath(base, page + 1)} rel="next">
              Next ›
            </Link>
          </li>
        )}
      </ul>
    </nav>
  )
}
