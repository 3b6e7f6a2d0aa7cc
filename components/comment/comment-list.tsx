import { MarkdownBody } from '@/components/markdown/markdown-body'
import { TimeAgo } from '@/components/ui/time-ago'
import { AuthorChip } from '@/components/user/author-chip'
import type { CommentView } from '@/lib/questions/types'

const SHOWN_FIRST = 3

function CommentItem({ c }: { c: CommentView }) {
  return (
    <li id={`c${c.id}`} className="scroll-mt-4 border-t border-stone-200 py-2 text-sm dark:border-stone-800">
      <MarkdownBody html={c.bodyHtml} className="inline text-[0.95rem] [&>p]:inline" />{' '}
      <span className="text-stone-600 dark:text-stone-400">
        — <AuthorChip author={c.author} /> <TimeAgo iso={c.createdAt} />
        {c.score > 0 && <span> · {c.score} up</span>}
      </span>
    </li>
  )
}

/** Comments under a post; after the first few they fold into a disclosure that works without JavaScript. */
export function CommentList({ comments, label }: { comments: CommentView[]; label: string }) {
  if (comments.length === 0) return null
  const first = comments.slice(0, SHOWN_FIRST)
  const rest = comments.slice(SHOWN_FIRST)
  return (
    <section aria-label={label} className="mt-4">
      <ul>
        {first.map((c) => (
          <CommentItem key={c.id} c={c} />
        ))}
      </ul>
      {rest.length > 0 && (
        <details className="group">
          <summary className="inline-flex min-h-11 cursor-pointer items-center text-sm text-accent-700 dark:text-accent-300">
            <span className="group-open:hidden">Show {rest.length} more {rest.length === 1 ? 'comment' : 'comments'}</span>
            <span className="hidden group-open:inline">Hide {rest.length} {rest.length === 1 ? 'comment' : 'comments'}</span>
          </summary>
          <ul>
            {rest.map((c) => (
              <CommentItem key={c.id} c={c} />
            ))}
          </ul>
        </details>
      )}
    </section>
  )
}
