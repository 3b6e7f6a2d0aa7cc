import { PostActions } from '@/components/answer/answer-actions'
import { CommentForm } from '@/components/comment/comment-form'
import { CommentList } from '@/components/comment/comment-list'
import { MarkdownBody } from '@/components/markdown/markdown-body'
import { PostMeta } from '@/components/question/post-meta'
import { TagList } from '@/components/ui/tag-chip'
import { VoteButtons } from '@/components/vote/vote-buttons'
import type { ThreadPage } from '@/lib/questions/types'
import { categoryPath, threadPath } from '@/lib/slug'
import { FollowControl } from '@/components/follow/follow-control'

export function ThreadQuestion({ thread }: { thread: ThreadPage }) {
  const category = thread.breadcrumb.at(-1)
  return (
    <article
      aria-labelledby="question-title"
      className="rounded-xl border border-stone-200 bg-white p-4 sm:p-6 dark:border-stone-800 dark:bg-stone-900"
    >
      <h1 id="question-title" className="text-2xl font-semibold leading-tight tracking-tight sm:text-3xl">
        {thread.title}
      </h1>
      <div className="mt-2">
        <PostMeta verb="asked" at={thread.createdAt} author={thread.author} edited={thread.edited} postId={thread.id}>
          {category && (
            <>
              {' '}
              in{' '}
              <a href={categoryPath(category)} className="hover:underline">
                {category.name}
              </a>
            </>
          )}
        </PostMeta>
      </div>
      {thread.closed && (
        <p className="mt-3 rounded-lg bg-amber-50 p-3 text-sm text-amber-900 dark:bg-amber-900/30 dark:text-amber-100">
          {thread.closed.duplicateOf ? (
            <>
              Closed as a duplicate of{' '}
              <a href={threadPath(thread.closed.duplicateOf)} className="underline">
                {thread.closed.duplicateOf.title}
              </a>
            </>
          ) : (
            <>Closed{thread.closed.reason ? `: ${thread.closed.reason}` : ''}</>
          )}
        </p>
      )}
      <div className="mt-4 flex gap-3">
        <VoteButtons
          postId={thread.id}
          score={thread.score}
          label="Vote on the question"
          returnTo={threadPath(thread)}
        />
        <div className="min-w-0 flex-1">
          <MarkdownBody html={thread.bodyHtml} />
          <div className="mt-4">
            <TagList tags={thread.tags} label="Question tags" />
          </div>
          <PostActions
            postId={thread.id}
            questionId={thread.id}
            authorId={thread.author.kind === 'user' ? thread.author.id : null}
            isAnswer={false}
            isClosed={thread.closed !== null}
          />
          <div className="mt-2">
            <FollowControl
              targetType="question"
              targetId={thread.id}
              returnTo={threadPath(thread)}
              what="this question"
            />
          </div>
          <CommentList comments={thread.comments} label="Comments on the question" threadPath={threadPath(thread)} />
          <CommentForm parentId={thread.id} permalink={threadPath(thread)} />
        </div>
      </div>
    </article>
  )
}
