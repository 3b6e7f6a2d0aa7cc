import { CommentActions } from './comment-actions'
import { MarkdownBody } from '@/components/markdown/markdown-body'
import { TimeAgo } from '@/components/ui/time-ago'
import { AuthorChip } from '@/components/user/author-chip'
import { CommentVote } from '@/components/vote/vote-buttons'
import type { CommentView } from '@/lib/questions/types'

const SHOWN_FIRST = 3

function CommentItem({ c, threadPath }: { c: CommentView; threadPath: string }) {
  return (
    <li id={`c${c.id}`} className="scroll-mt-4 border-t border-stone-200 py-2 text-sm dark:border-stone-800">
      <MarkdownBody html={c.bodyHtml} className="text-[0.95rem]" />
      <div className="flex flex-wrap items-center gap-x-2 text-stone-600 dark:text-stone-400">
        <span>
          — <AuthorChip author={c.author} /> <TimeAgo iso={c.createdAt} />
        </span>
        <CommentVote postId={c.id} score={c.score} returnTo={`${threadPath}#c${c.id}`} />
        <CommentActions commentId={c.id} authorId={c.author.kind === 'user' ? c.author.id : null} />
      </div>
    </li>
  )
}

/** Comments under a post; after the first few they fold into a disclosure that works without JavaScript. */
export function CommentList({
  comments,
  label,
  threadPath,
}: {
  comments: CommentView[]
  label: string
  threadPath: string
}) {
  if (comments.length === 0) return null
  const first = comments.slice(0, SHOWN_FIRST)
  const rest = comments.slice(SHOWN_FIRST)
  return (
    <section aria-label={label} className="mt-4">
      <ul>
        {first.map((c) => (
          <CommentItem key={c.id} c={c} threadPath={threadPath} />
        ))}
      </ul>
      {rest.length > 0 && (
        <details className="group">
          <summary className="inline-flex min-h-11 cursor-pointer items-center text-sm text-accent-700 dark:text-accent-300">
            <span className="group-open:hidden">
              Show {rest.length} more {rest.length === 1 ? 'comment' : 'comments'}
            </span>
            <span className="hidden group-open:inline">
              Hide {rest.length} {rest.length === 1 ? 'comment' : 'comments'}
            </span>
          </summary>
          <ul>
            {rest.map((c) => (
              <CommentItem key={c.id} c={c} threadPath={threadPath} />
            ))}
          </ul>
        </details>
      )}
    </section>
  )
}
