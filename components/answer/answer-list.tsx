'use client'

import { useState } from 'react'
import { useHydrated } from '@/components/ui/use-hydrated'

type Order = 'votes' | 'oldest' | 'newest'
const labels: Record<Order, string> = { votes: 'Votes', oldest: 'Oldest', newest: 'Newest' }

/**
 * The answers in the page's order (best answer, then votes), re-ordered in the browser by date on
 * request: the static page stays one HTML for everyone, and without JavaScript the control is absent.
 */
export function AnswerList({ items }: { items: { id: number; createdAt: string; node: React.ReactNode }[] }) {
  const [order, setOrder] = useState<Order>('votes')
  const hydrated = useHydrated()
  const shown =
    order === 'votes'
      ? items
      : [...items].sort(
          (a, b) => (order === 'oldest' ? 1 : -1) * (a.createdAt.localeCompare(b.createdAt) || a.id - b.id),
        )
  return (
    <>
      {hydrated && items.length > 1 && (
        <div role="group" aria-label="Sort answers by" className="mb-3 flex gap-1 text-sm">
          {(Object.keys(labels) as Order[]).map((o) => (
            <button
              key={o}
              type="button"
              aria-pressed={order === o}
              onClick={() => setOrder(o)}
              className="inline-flex min-h-11 items-center rounded-lg px-3 hover:bg-stone-100 aria-pressed:bg-stone-200 aria-pressed:font-medium dark:hover:bg-stone-800 dark:aria-pressed:bg-stone-800"
            >
              {labels[o]}
            </button>
          ))}
        </div>
      )}
      <div className="flex flex-col gap-4">
        {shown.map((item) => (
          <div key={item.id}>{item.node}</div>
        ))}
      </div>
    </>
  )
}
