import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound, redirect } from 'next/navigation'
import { EditForm } from '@/components/question/edit-form'
import { canEdit } from '@/lib/auth/policy'
import { getViewer } from '@/lib/auth/viewer'
import { categoryOptions, listCategoryTree } from '@/lib/categories/queries'
import { getEditablePost } from '@/lib/revisions/queries'
import { parseId } from '@/lib/route-params'
import { threadPath } from '@/lib/slug'

export const metadata: Metadata = { title: 'Edit', robots: { index: false } }

export default async function EditPostPage({ params }: { params: Promise<{ id: string }> }) {
  const id = parseId((await params).id)
  if (id === null) notFound()
  const viewer = await getViewer()
  if (!viewer) redirect(`/sign-in?callbackUrl=${encodeURIComponent(`/posts/${id}/edit`)}`)
  const post = await getEditablePost(id)
  if (!post) notFound()
  const back = `${threadPath({ id: post.questionId, slug: post.slug })}${post.type === 'question' ? '' : `#${post.type === 'answer' ? 'a' : 'c'}${id}`}`
  if (!canEdit(viewer, post)) {
    return (
      <div className="max-w-xl">
        <h1 className="text-2xl font-semibold">You cannot edit this post</h1>
        <p className="mt-3">
          Only its author and editors can.{' '}
          <Link href={back} className="text-accent-700 underline dark:text-accent-300">
            Back to the thread
          </Link>
        </p>
      </div>
    )
  }
  const categories = post.type === 'question' ? categoryOptions(await listCategoryTree()) : []
  return (
    <div className="max-w-3xl">
      <h1 className="mb-4 text-2xl font-semibold">
        Edit {post.type === 'question' ? 'question' : post.type === 'answer' ? 'answer' : 'comment'}
      </h1>
      <EditForm post={post} categories={categories} returnTo={threadPath({ id: post.questionId, slug: post.slug })} />
      <p className="mt-6 text-sm">
        <Link href={`/posts/${id}/history`} className="text-accent-700 underline dark:text-accent-300">
          See every earlier version
        </Link>
      </p>
    </div>
  )
}
