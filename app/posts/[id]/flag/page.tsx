import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound, redirect } from 'next/navigation'
import { FlagForm } from '@/components/moderation/flag-form'
import { getViewer } from '@/lib/auth/viewer'
import { parseId } from '@/lib/route-params'
import { getFlagTarget } from '@/lib/revisions/queries'
import { threadPath } from '@/lib/slug'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Flag a post', robots: { index: false } }

export default async function FlagPage({ params }: { params: Promise<{ id: string }> }) {
  const id = parseId((await params).id)
  if (id === null) notFound()
  const viewer = await getViewer()
  if (!viewer) redirect(`/sign-in?callbackUrl=${encodeURIComponent(`/posts/${id}/flag`)}`)
  const post = await getFlagTarget(viewer, id)
  if (!post) notFound()
  const thread = threadPath({ id: post.questionId, slug: post.slug })
  return (
    <div className="max-w-xl">
      <h1 className="text-2xl font-semibold">Flag this {post.type}</h1>
      <p className="mt-2 text-stone-700 dark:text-stone-300">
        In{' '}
        <Link
          href={post.type === 'question' ? thread : `${thread}#${post.type === 'answer' ? 'a' : 'c'}${id}`}
          className="text-accent-700 underline dark:text-accent-300"
        >
          {post.title}
        </Link>
        . Moderators see every flag; when several members flag the same post it is hidden until they review it. If
        someone is in danger, contact your local emergency number now.
      </p>
      <div className="mt-6">
        <FlagForm postId={id} permalink={`/posts/${id}/flag`} hidden={post.status === 'hidden'} />
      </div>
    </div>
  )
}
