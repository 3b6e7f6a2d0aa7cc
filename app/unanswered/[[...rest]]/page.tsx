import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ListHeader } from '@/components/question/list-header'
import { QuestionList } from '@/components/question/question-row'
import { Pagination } from '@/components/ui/pagination'
import { readQuestionList } from '@/lib/cached'
import { splitPage } from '@/lib/route-params'
import { pageAlternates } from '@/lib/seo/alternates'

export const revalidate = 3600

/** Newest first by default; "votes" puts first the questions most readers want answered. */
const sorts = [
  { sort: 'newest', segment: null, label: 'Newest' },
  { sort: 'votes', segment: 'votes', label: 'Most votes' },
] as const

export async function generateStaticParams() {
  return sorts.map((s) => ({ rest: s.segment ? [s.segment] : [] }))
}

type Props = { params: Promise<{ rest?: string[] }> }

function parse(segments: string[]): { sort: (typeof sorts)[number]; page: number; base: string } | null {
  const split = splitPage(segments)
  if (!split || split.rest.length > 1) return null
  const sort = sorts.find((s) => s.segment === (split.rest[0] ?? null))
  if (!sort) return null
  return { sort, page: split.page, base: sort.segment ? `/unanswered/${sort.segment}` : '/unanswered' }
}

const titleOf = (p: NonNullable<ReturnType<typeof parse>>) =>
  `Unanswered questions${p.sort.segment ? `: ${p.sort.label.toLowerCase()}` : ''}${p.page > 1 ? `, page ${p.page}` : ''}`

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const parsed = parse((await params).rest ?? [])
  if (!parsed) return {}
  return {
    title: titleOf(parsed),
    alternates: pageAlternates(parsed.page > 1 ? `${parsed.base}/page/${parsed.page}` : parsed.base),
  }
}

export default async function UnansweredPage({ params }: Props) {
  const parsed = parse((await params).rest ?? [])
  if (!parsed) notFound()
  const list = await readQuestionList({ kind: 'unanswered' }, parsed.sort.sort, parsed.page)
  if (parsed.page > 1 && list.items.length === 0) notFound()
  const tabs = sorts.map((s) => ({
    href: s.segment ? `/unanswered/${s.segment}` : '/unanswered',
    label: s.label,
    isCurrent: s === parsed.sort,
  }))
  return (
    <>
      <ListHeader
        title={titleOf(parsed)}
        tabs={tabs}
        intro={<p>These people are still waiting for a reply. Even a short, kind answer helps.</p>}
      />
      <p className="mb-3 text-sm text-stone-600 dark:text-stone-400">
        {list.total.toLocaleString('en')} questions without an answer
      </p>
      <QuestionList items={list.items} empty="Every question has an answer. Thank you, everyone." />
      <Pagination base={parsed.base} page={parsed.page} pageCount={list.pageCount} />
    </>
  )
}
