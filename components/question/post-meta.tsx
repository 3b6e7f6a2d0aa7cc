import { TimeAgo } from '@/components/ui/time-ago'
import { AuthorChip } from '@/components/user/author-chip'
import type { AuthorRef, EditInfo } from '@/lib/questions/types'

/** "asked 3 days ago by Maya (7.7k points)" and, when edited, "edited 2 hours ago by Sam". */
export function PostMeta({
  verb,
  at,
  author,
  edited,
  postId,
  children,
}: {
  verb: string
  at: string
  author: AuthorRef
  edited: EditInfo
  postId: number
  children?: React.ReactNode
}) {
  return (
    <p className="text-sm text-stone-600 dark:text-stone-400">
      {verb} <TimeAgo iso={at} />
      {children} by <AuthorChip author={author} />
      {edited && (
        <>
          {' · '}
          <a href={`/posts/${postId}/history`} className="hover:underline">
            edited <TimeAgo iso={edited.at} />
            {edited.by && <> by {edited.by}</>}
          </a>
        </>
      )}
    </p>
  )
}
