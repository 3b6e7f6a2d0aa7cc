import { readSiteSettings } from '@/lib/cached'

export async function SiteFooter() {
  const { name, tagline } = (await readSiteSettings()).site
  return (
    <footer className="mt-16 border-t border-stone-200 py-8 text-sm text-stone-600 dark:border-stone-800 dark:text-stone-400">
      <div className="mx-auto flex max-w-6xl flex-col gap-3 px-4 sm:flex-row sm:items-center sm:justify-between">
        <p>
          {name}
          {tagline && ` — ${tagline}`}
        </p>
        <nav aria-label="Footer">
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            <li>
              <a href="/about" className="hover:underline">
                About
              </a>
            </li>
            <li>
              <a href="/privacy" className="hover:underline">
                Privacy
              </a>
            </li>
            <li>
              <a href="/feeds/questions.atom" className="hover:underline">
                Feed
              </a>
            </li>
            <li>
              <a href="/sitemap.xml" className="hover:underline">
                Sitemap
              </a>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  )
}
