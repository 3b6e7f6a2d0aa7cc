'use client'

import Link from 'next/link'
import { useActionState } from 'react'
import { acceptAnswerAction } from '@/app/_actions/accept'
import { CloseControls, DeleteButton } from '@/components/question/moderation-controls'
import { useViewer } from '@/components/viewer/viewer-context'
import { initialFormState } from '@/lib/result'

const staff = ['editor', 'moderator', 'admin']

/** Accept and edit controls, shown only to those allowed (the server checks again on submit). */
export function PostActions({
  postId,
  questionId,
  authorId,
  isAccepted,
  isAnswer,
  isClosed = false,
}: {
  postId: number
  questionId: number
  authorId: number | null
  isAccepted?: boolean
  isAnswer: boolean
  isClosed?: boolean
}) {
  const { info } = useViewer()
  const [state, action, pending] = useActionState(acceptAnswerAction, initialFormState)
  const viewer = info.viewer
  if (!viewer) return null
  const canEdit = viewer.id === authorId || staff.includes(viewer.role)
  const canAccept = isAnswer && (info.thread?.isAsker || info.thread?.canModerate)
  const link = 'inline-flex min-h-11 items-center text-sm text-accent-700 hover:underline dark:text-accent-300'
  return (
    <div className="flex flex-wrap items-center gap-x-4">
      {canAccept && (
        <form action={action}>
          <input type="hidden" name="questionId" value={questionId} />
          <input type="hidden" name="answerId" value={isAccepted ? 'none' : postId} />
          <button type="submit" disabled={pending} className={link}>
            {isAccepted ? 'Unmark as best answer' : 'Mark as best answer'}
          </button>
        </form>
      )}
      {canEdit && (
        <Link href={`/posts/${postId}/edit`} className={link}>
          Edit
        </Link>
      )}
      {!isAnswer && <CloseControls questionId={questionId} isClosed={isClosed} />}
      <DeleteButton postId={postId} authorId={authorId} />
      {viewer.id !== authorId && (
        <Link href={`/posts/${postId}/flag`} className={link} rel="nofollow">
          Flag<span className="sr-only"> this {isAnswer ? 'answer' : 'question'}</span>
        </Link>
      )}
      {state.status === 'error' && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          {state.message}
        </p>
      )}
    </div>
  )
}
