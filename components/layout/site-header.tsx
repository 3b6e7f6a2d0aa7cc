// Plain <a>, not next/link: prefetching every link in view was most of a thread's blocking time on a phone (README, Architecture).
import { ViewerMenu } from './viewer-menu'

const nav = [
  { href: '/questions', label: 'Questions' },
  { href: '/unanswered', label: 'Unanswered' },
  { href: '/categories', label: 'Categories' },
  { href: '/tags', label: 'Tags' },
  { href: '/users', label: 'Users' },
]

export function SiteHeader({ name }: { name: string }) {
  return (
    <header className="border-b border-stone-200 bg-white dark:border-stone-800 dark:bg-stone-900">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:p-2 dark:focus:bg-stone-900"
      >
        Skip to content
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-1 px-4 py-2">
        <a
          href="/"
          className="flex min-h-11 items-center text-lg font-semibold tracking-tight text-accent-700 dark:text-accent-300"
        >
          {name}
        </a>
        <nav aria-label="Main" className="order-3 w-full overflow-x-auto sm:order-none sm:w-auto">
          <ul className="flex gap-1 text-sm">
            {nav.map((item) => (
              <li key={item.href}>
                <a
                  href={item.href}
                  className="inline-flex min-h-11 items-center rounded-md px-2.5 text-stone-700 hover:bg-stone-100 dark:text-stone-300 dark:hover:bg-stone-800"
                >
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <form
          action="/search"
          method="get"
          role="search"
          className="order-4 w-full sm:order-none sm:w-auto sm:flex-1 sm:max-w-xs"
        >
          <label htmlFor="site-search" className="sr-only">
            Search questions
          </label>
          <input
            id="site-search"
            name="q"
            type="search"
            placeholder="Search"
            maxLength={300}
            className="min-h-11 w-full rounded-lg border border-stone-300 bg-white px-3 text-sm text-stone-900 placeholder:text-stone-500 dark:border-stone-600 dark:bg-stone-900 dark:text-stone-100"
          />
        </form>
        {/* Reserved for the viewer island (Ask, sign-in, inbox) from #3, so its arrival shifts nothing. */}
        <div className="ml-auto flex min-h-11 min-w-24 items-center justify-end gap-2">
          <a
            href="/ask"
            className="inline-flex min-h-11 items-center rounded-lg bg-accent-600 px-4 text-sm font-medium text-white hover:bg-accent-700"
          >
            Ask a question
          </a>
          <ViewerMenu />
        </div>
      </div>
    </header>
  )
}
