import Link from 'next/link'
import { TagList } from '@/components/ui/tag-chip'
import { TimeAgo } from '@/components/ui/time-ago'
import { AuthorChip } from '@/components/user/author-chip'
import type { QuestionSummary } from '@/lib/questions/types'
import { categoryPath, threadPath } from '@/lib/slug'
import { compactNumber } from '@/lib/time'

function Stat({ value, label, highlight = false }: { value: number; label: string; highlight?: boolean }) {
  return (
    <div
      className={`flex min-w-16 flex-col items-center rounded-md px-2 py-1 text-center ${
        highlight ? 'bg-accent-600 text-white' : 'text-stone-700 dark:text-stone-300'
      }`}
    >
      <span className="text-base font-semibold">{compactNumber(value)}</span>
      <span className="text-xs">{label}</span>
    </div>
  )
}

export function QuestionRow({
  q,
  timeField = 'createdAt',
}: {
  q: QuestionSummary
  timeField?: 'createdAt' | 'lastActivityAt'
}) {
  return (
    <li className="flex gap-4 border-b border-stone-200 py-4 last:border-b-0 dark:border-stone-800">
      <div className="hidden shrink-0 gap-1 sm:flex sm:flex-col">
        <Stat value={q.score} label={Math.abs(q.score) === 1 ? 'vote' : 'votes'} />
        <Stat
          value={q.answerCount}
          label={q.answerCount === 1 ? 'answer' : 'answers'}
          highlight={q.hasAcceptedAnswer}
        />
        <Stat value={q.viewCount} label="views" />
      </div>
      <div className="min-w-0 flex-1">
        <h2 className="text-lg font-semibold leading-snug">
          <Link
            href={threadPath(q)}
            className="text-stone-900 hover:text-accent-700 dark:text-stone-100 dark:hover:text-accent-300"
          >
            {q.title}
          </Link>
        </h2>
        <p className="mt-1 line-clamp-2 text-sm text-stone-600 dark:text-stone-400">{q.excerpt}</p>
        <p className="mt-1 text-sm text-stone-600 sm:hidden dark:text-stone-400">
          {q.score} votes · {q.answerCount} answers{q.hasAcceptedAnswer ? ' (one accepted)' : ''}
        </p>
        <div className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-2 text-sm text-stone-600 dark:text-stone-400">
          <TagList tags={q.tags} label="Tags" />
          <span>
            {timeField === 'lastActivityAt' ? 'active' : 'asked'} <TimeAgo iso={q[timeField]} />
            {q.category && (
              <>
                {' '}
                in{' '}
                <Link href={categoryPath(q.category)} className="hover:underline">
                  {q.category.name}
                </Link>
              </>
            )}{' '}
            by <AuthorChip author={q.author} />
          </span>
        </div>
      </div>
    </li>
  )
}

export function QuestionList({
  items,
  empty,
  timeField,
}: {
  items: QuestionSummary[]
  empty: React.ReactNode
  timeField?: 'createdAt' | 'lastActivityAt'
}) {
  if (items.length === 0)
    return (
      <p className="rounded-lg border border-dashed border-stone-300 p-8 text-center text-stone-600 dark:border-stone-700 dark:text-stone-400">
        {empty}
      </p>
    )
  return (
    <ol className="rounded-xl border border-stone-200 bg-white px-4 dark:border-stone-800 dark:bg-stone-900">
      {items.map((q) => (
        <QuestionRow key={q.id} q={q} timeField={timeField} />
      ))}
    </ol>
  )
}
