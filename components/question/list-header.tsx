import Link from 'next/link'

export type SortTab = { href: string; label: string; isCurrent: boolean }

export function ListHeader({
  title,
  intro,
  tabs,
  feed,
}: {
  title: string
  intro?: React.ReactNode
  tabs?: SortTab[]
  feed?: string
}) {
  return (
    <div className="mb-5 flex flex-col gap-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
        {feed && (
          <a href={feed} className="text-sm text-accent-700 hover:underline dark:text-accent-300">
            Atom feed
          </a>
        )}
      </div>
      {intro && <div className="max-w-3xl text-stone-700 dark:text-stone-300">{intro}</div>}
      {tabs && (
        <nav aria-label="Sort questions">
          <ul className="flex flex-wrap gap-1">
            {tabs.map((t) => (
              <li key={t.href}>
                <Link
                  href={t.href}
                  aria-current={t.isCurrent ? 'page' : undefined}
                  className={`inline-flex min-h-11 items-center rounded-lg px-3 text-sm ${
                    t.isCurrent
                      ? 'bg-stone-900 text-white dark:bg-stone-100 dark:text-stone-900'
                      : 'text-stone-700 hover:bg-stone-200/60 dark:text-stone-300 dark:hover:bg-stone-800'
                  }`}
                >
                  {t.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </div>
  )
}
