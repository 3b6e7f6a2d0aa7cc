import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { RestoreButton } from '@/components/question/restore-button'
import { RollbackButton } from '@/components/question/rollback-button'
import { WordDiff } from '@/components/question/word-diff'
import { TimeAgo } from '@/components/ui/time-ago'
import { ViewerProvider } from '@/components/viewer/viewer-context'
import { getViewer } from '@/lib/auth/viewer'
import { parseId } from '@/lib/route-params'
import { getPostHistory } from '@/lib/revisions/queries'
import { threadPath } from '@/lib/slug'

// Rarely read and changed by every edit: rendered per request rather than cached.
export const dynamic = 'force-dynamic'

export const metadata: Metadata = { title: 'Edit history', robots: { index: false } }

const asText = (r: { title: string | null; body: string; tags: string[] | null }) =>
  [r.title, r.body, r.tags?.length ? `Tags: ${r.tags.join(', ')}` : null].filter(Boolean).join('\n\n')

export default async function HistoryPage({ params }: { params: Promise<{ id: string }> }) {
  const id = parseId((await params).id)
  const history = id === null ? null : await getPostHistory(await getViewer(), id)
  if (!history) notFound()
  const removed = history.status !== 'visible' ? history.status : null
  const revisions = [...history.revisions].reverse()
  return (
    <ViewerProvider>
      <div className="max-w-3xl">
        <h1 className="text-2xl font-semibold">Edit history</h1>
        <p className="mt-2">
          Of the {history.type} in{' '}
          <Link
            href={threadPath({ id: history.questionId, slug: history.slug })}
            className="text-accent-700 underline dark:text-accent-300"
          >
            {history.title}
          </Link>
          , newest version first.
        </p>
        {removed && (
          <div
            role="status"
            className="mt-4 flex flex-wrap items-center gap-3 rounded-lg border border-amber-300 bg-amber-50 p-3 dark:border-amber-700 dark:bg-amber-950"
          >
            <p>
              This {history.type} is {removed}: readers do not see it.
            </p>
            <RestoreButton postId={history.postId} permalink={`/posts/${history.postId}/history`} />
          </div>
        )}
        {!removed && history.questionStatus !== 'visible' && (
          <p
            role="status"
            className="mt-4 rounded-lg border border-amber-300 bg-amber-50 p-3 dark:border-amber-700 dark:bg-amber-950"
          >
            Its question is {history.questionStatus}: restore the question to show this {history.type} again.
          </p>
        )}
        <ol className="mt-6 flex flex-col gap-6">
          {revisions.map((r, i) => {
            const previous = revisions[i + 1]
            return (
              <li
                key={r.revision}
                className="rounded-xl border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900"
              >
                <h2 className="font-semibold">
                  Revision {r.revision}
                  {r.revision === 1 ? ' (original)' : ''}
                </h2>
                <p className="text-sm text-stone-600 dark:text-stone-400">
                  by {r.editor}, <TimeAgo iso={r.createdAt} />
                  {r.comment ? ` — “${r.comment}”` : ''}
                </p>
                <div className="mt-3">
                  {previous ? (
                    <WordDiff before={asText(previous)} after={asText(r)} />
                  ) : (
                    <WordDiff before="" after={asText(r)} />
                  )}
                </div>
                {i > 0 && <RollbackButton postId={history.postId} revision={r.revision} />}
              </li>
            )
          })}
        </ol>
      </div>
    </ViewerProvider>
  )
}
