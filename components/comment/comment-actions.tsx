'use client'

import Link from 'next/link'
import { DeleteButton } from '@/components/question/moderation-controls'
import { useViewer } from '@/components/viewer/viewer-context'

const staff = ['editor', 'moderator', 'admin']

/** Edit and delete under a comment, for its author and staff (the server checks again). */
export function CommentActions({ commentId, authorId }: { commentId: number; authorId: number | null }) {
  const { info } = useViewer()
  const viewer = info.viewer
  if (!viewer) return null
  const link = 'inline-flex min-h-11 items-center text-accent-700 hover:underline dark:text-accent-300'
  return (
    <>
      {(viewer.id === authorId || staff.includes(viewer.role)) && (
        <>
          <Link href={`/posts/${commentId}/edit`} className={link}>
            Edit<span className="sr-only"> this comment</span>
          </Link>
          <DeleteButton postId={commentId} authorId={authorId} />
        </>
      )}
      {viewer.id !== authorId && (
        <Link href={`/posts/${commentId}/flag`} className={link} rel="nofollow">
          Flag<span className="sr-only"> this comment</span>
        </Link>
      )}
    </>
  )
}
