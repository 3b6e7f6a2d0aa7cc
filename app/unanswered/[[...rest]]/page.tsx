import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ListHeader } from '@/components/question/list-header'
import { QuestionList } from '@/components/question/question-row'
import { Pagination } from '@/components/ui/pagination'
import { readQuestionList } from '@/lib/cached'
import { splitPage } from '@/lib/route-params'
import { pageAlternates } from '@/lib/seo/alternates'

export const revalidate = 3600

export async function generateStaticParams() {
  return [{ rest: [] }]
}

type Props = { params: Promise<{ rest?: string[] }> }

function parse(segments: string[]): number | null {
  const split = splitPage(segments)
  return split && split.rest.length === 0 ? split.page : null
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = parse((await params).rest ?? [])
  if (page === null) return {}
  return { title: page > 1 ? `Unanswered questions, page ${page}` : 'Unanswered questions', alternates: pageAlternates(page > 1 ? `/unanswered/page/${page}` : '/unanswered') }
}

export default async function UnansweredPage({ params }: Props) {
  const page = parse((await params).rest ?? [])
  if (page === null) notFound()
  const list = await readQuestionList({ kind: 'unanswered' }, 'newest', page)
  if (page > 1 && list.items.length === 0) notFound()
  return (
    <>
      <ListHeader title={page > 1 ? `Unanswered questions, page ${page}` : 'Unanswered questions'} intro={<p>These people are still waiting for a reply. Even a short, kind answer helps.</p>} />
      <QuestionList items={list.items} empty="Every question has an answer. Thank you, everyone." />
      <Pagination base="/unanswered" page={page} pageCount={list.pageCount} />
    </>
  )
}
