import type { Metadata } from 'next'
import { AskForm } from '@/components/question/ask-form'
import { PostingPolicy } from '@/components/form/posting-policy'
import { readCategoryTree, readSiteSettings } from '@/lib/cached'
import { categoryOptions } from '@/lib/categories/queries'

export const revalidate = 3600

export const metadata: Metadata = {
  title: 'Ask a question',
  robots: { index: false },
  alternates: { canonical: '/ask' },
}

export default async function AskPage() {
  const [tree, settings] = await Promise.all([readCategoryTree(), readSiteSettings()])
  const categories = categoryOptions(tree)
  return (
    <div className="max-w-3xl">
      <h1 className="text-2xl font-semibold">Ask a question</h1>
      <p className="mt-2 mb-6 text-stone-700 dark:text-stone-300">
        People here answer from their own experience. Leave out names and details that could identify you or others.
      </p>
      <PostingPolicy anonymous={settings.allowAnonymousPosts}>
        <AskForm categories={categories} />
      </PostingPolicy>
    </div>
  )
}
