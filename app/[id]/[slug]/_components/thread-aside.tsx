import { readRelated, readTopInCategory } from '@/lib/cached'
import type { ThreadPage } from '@/lib/questions/types'
import { threadPath } from '@/lib/slug'

function LinkList({ items }: { items: { id: number; slug: string; title: string; score: number }[] }) {
  return (
    <ul className="flex flex-col gap-2 text-sm">
      {items.map((q) => (
        <li key={q.id} className="flex gap-2">
          <span className="w-8 shrink-0 rounded bg-stone-200/70 py-0.5 text-center text-xs font-semibold leading-5 text-stone-800 dark:bg-stone-800 dark:text-stone-200">
            {q.score}
            <span className="sr-only"> votes</span>
          </span>
          <a href={threadPath(q)} className="text-accent-700 hover:underline dark:text-accent-300">
            {q.title}
          </a>
        </li>
      ))}
    </ul>
  )
}

export async function ThreadAside({ thread }: { thread: ThreadPage }) {
  const category = thread.breadcrumb.at(-1)
  const [related, top] = await Promise.all([
    readRelated(thread.id),
    category ? readTopInCategory({ kind: 'category', id: category.id, depth: thread.breadcrumb.length }) : null,
  ])
  const topItems = (top ?? []).filter((q) => q.id !== thread.id).slice(0, 5)
  return (
    <aside className="flex flex-col gap-8" aria-label="More questions">
      {related.length > 0 && (
        <section aria-labelledby="related-heading">
          <h2 id="related-heading" className="mb-3 text-base font-semibold">
            Related questions
          </h2>
          <LinkList items={related} />
        </section>
      )}
      {category && topItems.length > 0 && (
        <section aria-labelledby="top-heading">
          <h2 id="top-heading" className="mb-3 text-base font-semibold">
            Top in {category.name}
          </h2>
          <LinkList items={topItems} />
        </section>
      )}
    </aside>
  )
}
