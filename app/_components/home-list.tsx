import { notFound } from 'next/navigation'
import { ListHeader } from '@/components/question/list-header'
import { QuestionList } from '@/components/question/question-row'
import { Pagination } from '@/components/ui/pagination'
import { readQuestionList, readSiteSettings } from '@/lib/cached'

/** The home page: questions by recent activity (new answers and edits bring a thread back up). */
export async function HomeList({ page }: { page: number }) {
  const [list, { site }] = await Promise.all([readQuestionList({ kind: 'all' }, 'active', page), readSiteSettings()])
  if (page > 1 && list.items.length === 0) notFound()
  return (
    <>
      <ListHeader
        title={page === 1 ? 'Recent activity' : `Recent activity, page ${page}`}
        intro={
          page === 1 ? (
            <p>
              Welcome to {site.name}
              {site.tagline && `: ${site.tagline}`}. Read what others went through, and share what helped you.
            </p>
          ) : undefined
        }
        feed="/feeds/questions.atom"
      />
      <QuestionList items={list.items} timeField="lastActivityAt" empty="No questions here yet — ask the first one." />
      <Pagination base="/" page={page} pageCount={list.pageCount} />
    </>
  )
}
