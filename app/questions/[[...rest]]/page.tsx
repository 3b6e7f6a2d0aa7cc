import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ListHeader } from '@/components/question/list-header'
import { QuestionList } from '@/components/question/question-row'
import { Pagination } from '@/components/ui/pagination'
import { readQuestionList } from '@/lib/cached'
import { questionSorts, type QuestionSort } from '@/lib/questions/list-queries'
import { splitPage } from '@/lib/route-params'
import { pageAlternates } from '@/lib/seo/alternates'

export const revalidate = 3600

export async function generateStaticParams() {
  return [{ rest: [] }, ...questionSorts.filter((s) => s !== 'newest').map((s) => ({ rest: [s] }))]
}

const sortLabels: Record<QuestionSort, string> = {
  newest: 'Newest',
  hot: 'Hot',
  active: 'Active',
  votes: 'Most votes',
  answers: 'Most answers',
}

type Props = { params: Promise<{ rest?: string[] }> }

/** /questions, /questions/{sort}, and either with /page/{n}; "newest" is the default and has no segment. */
function parse(segments: string[]): { sort: QuestionSort; page: number; base: string } | null {
  const split = splitPage(segments)
  if (!split || split.rest.length > 1) return null
  const [sortSegment] = split.rest
  if (sortSegment === undefined) return { sort: 'newest', page: split.page, base: '/questions' }
  if (sortSegment === 'newest' || !questionSorts.includes(sortSegment as QuestionSort)) return null
  return { sort: sortSegment as QuestionSort, page: split.page, base: `/questions/${sortSegment}` }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const parsed = parse((await params).rest ?? [])
  if (!parsed) return {}
  const suffix = parsed.page > 1 ? `, page ${parsed.page}` : ''
  return {
    title: `${parsed.sort === 'newest' ? 'Questions' : `Questions: ${sortLabels[parsed.sort].toLowerCase()}`}${suffix}`,
    alternates: pageAlternates(parsed.page > 1 ? `${parsed.base}/page/${parsed.page}` : parsed.base),
  }
}

export default async function QuestionsPage({ params }: Props) {
  const parsed = parse((await params).rest ?? [])
  if (!parsed) notFound()
  const list = await readQuestionList({ kind: 'all' }, parsed.sort, parsed.page)
  if (parsed.page > 1 && list.items.length === 0) notFound()
  const tabs = questionSorts.map((s) => ({
    href: s === 'newest' ? '/questions' : `/questions/${s}`,
    label: sortLabels[s],
    isCurrent: s === parsed.sort,
  }))
  return (
    <>
      <ListHeader
        title={parsed.page > 1 ? `All questions, page ${parsed.page}` : 'All questions'}
        tabs={tabs}
        feed="/feeds/questions.atom"
      />
      <p className="mb-3 text-sm text-stone-600 dark:text-stone-400">{list.total.toLocaleString('en')} questions</p>
      <QuestionList
        items={list.items}
        timeField={parsed.sort === 'active' ? 'lastActivityAt' : 'createdAt'}
        empty="No questions here yet — ask the first one."
      />
      <Pagination base={parsed.base} page={parsed.page} pageCount={list.pageCount} />
    </>
  )
}
