import { CommentForm } from '@/components/comment/comment-form'
import { CommentList } from '@/components/comment/comment-list'
import { PostActions } from './answer-actions'
import { MarkdownBody } from '@/components/markdown/markdown-body'
import { PostMeta } from '@/components/question/post-meta'
import { VoteButtons } from '@/components/vote/vote-buttons'
import type { AnswerView } from '@/lib/questions/types'
import { answerPath, threadPath } from '@/lib/slug'

export function AnswerItem({ answer, question }: { answer: AnswerView; question: { id: number; slug: string } }) {
  return (
    <article
      id={`a${answer.id}`}
      aria-labelledby={`a${answer.id}-label`}
      className={`scroll-mt-4 rounded-xl border bg-white p-4 sm:p-5 dark:bg-stone-900 ${
        answer.isAccepted ? 'border-accent-600 dark:border-accent-300' : 'border-stone-200 dark:border-stone-800'
      }`}
    >
      <h3 id={`a${answer.id}-label`} className="sr-only">
        {answer.isAccepted ? 'Best answer' : 'Answer'} by {answer.author.name}
      </h3>
      {answer.isAccepted && (
        <p className="mb-3 inline-flex items-center gap-1.5 rounded-full bg-accent-50 px-3 py-0.5 text-sm font-medium text-accent-700 dark:bg-accent-700/30 dark:text-accent-200">
          <span aria-hidden="true">✓</span> Best answer
        </p>
      )}
      <div className="flex gap-3">
        <VoteButtons
          postId={answer.id}
          score={answer.score}
          label={`Vote on the answer by ${answer.author.name}`}
          returnTo={answerPath(question, answer.id)}
        />
        <div className="min-w-0 flex-1">
          <MarkdownBody html={answer.bodyHtml} />
          <div className="mt-4">
            <PostMeta
              verb="answered"
              at={answer.createdAt}
              author={answer.author}
              edited={answer.edited}
              postId={answer.id}
            />
            <PostActions
              postId={answer.id}
              questionId={question.id}
              authorId={answer.author.kind === 'user' ? answer.author.id : null}
              isAccepted={answer.isAccepted}
              isAnswer
            />
            <a
              href={answerPath(question, answer.id)}
              className="mt-1 inline-flex min-h-11 items-center text-sm text-accent-700 hover:underline dark:text-accent-300"
            >
              Link to this answer<span className="sr-only"> by {answer.author.name}</span>
            </a>
          </div>
          <CommentList
            comments={answer.comments}
            label={`Comments on the answer by ${answer.author.name}`}
            threadPath={threadPath(question)}
          />
          <CommentForm parentId={answer.id} permalink={answerPath(question, answer.id)} />
        </div>
      </div>
    </article>
  )
}
