import type { Metadata } from 'next'
import { ModeratorsOnly, moderatorFor } from '../../_lib/moderators-only'
import Link from 'next/link'
import { RestoreButton } from '@/components/question/restore-button'
import { TimeAgo } from '@/components/ui/time-ago'
import { listRemovedPosts } from '@/lib/posts/queries'

export const metadata: Metadata = { title: 'Deleted and hidden posts', robots: { index: false } }

export default async function DeletedPostsPage() {
  const removed = await listRemovedPosts(await moderatorFor('/moderation/deleted'))
  if (!removed.ok)
    return <ModeratorsOnly>This page lists deleted posts so that moderators can restore them.</ModeratorsOnly>
  const posts = removed.data
  return (
    <div className="max-w-3xl">
      <h1 className="text-2xl font-semibold">Deleted and hidden posts</h1>
      <p className="mt-2 text-stone-700 dark:text-stone-300">
        The 50 most recent. Restoring one shows it to every reader again within a second.
      </p>
      {posts.length === 0 ? (
        <p className="mt-6">Nothing is deleted or hidden.</p>
      ) : (
        <ul className="mt-6 flex flex-col gap-4">
          {posts.map((p) => (
            <li
              key={p.id}
              className="rounded-xl border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900"
            >
              <p className="text-sm text-stone-600 dark:text-stone-400">
                {p.status === 'deleted' ? 'Deleted' : 'Hidden'} {p.type} by {p.author}
                {p.removedAt && (
                  <>
                    , <TimeAgo iso={p.removedAt} />
                  </>
                )}
                {p.type !== 'question' && <> · in “{p.questionTitle}”</>}
              </p>
              <p className="mt-1 line-clamp-2">{p.excerpt}</p>
              <p className="mt-2 flex flex-wrap items-center gap-4">
                <RestoreButton postId={p.id} permalink="/moderation/deleted" />
                <Link
                  href={`/posts/${p.id}/history`}
                  className="text-sm text-accent-700 underline dark:text-accent-300"
                >
                  History
                </Link>
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
