import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'
import { ThreadAside } from './_components/thread-aside'
import { ThreadQuestion } from './_components/thread-question'
import { AnswerForm } from '@/components/answer/answer-form'
import { AnswerItem } from '@/components/answer/answer-item'
import { AnswerList } from '@/components/answer/answer-list'
import { Breadcrumb } from '@/components/ui/breadcrumb'
import { JsonLd } from '@/components/ui/json-ld'
import { ViewerProvider } from '@/components/viewer/viewer-context'
import { PostingPolicy } from '@/components/form/posting-policy'
import { readSiteSettings, readThread } from '@/lib/cached'
import { env } from '@/lib/env'
import { excerpt } from '@/lib/markdown/render'
import { listPopularQuestionRoutes } from '@/lib/questions/thread-queries'
import { decodeSegment, parseId } from '@/lib/route-params'
import { buildBreadcrumbJsonLd, buildQaPageJsonLd, threadBreadcrumb } from '@/lib/seo/json-ld'
import { site } from '@/lib/site'
import { categoryPath, threadPath } from '@/lib/slug'
import { pageAlternates } from '@/lib/seo/alternates'
import { isIndexable } from '@/lib/seo/indexing'

export const revalidate = 3600

type Props = { params: Promise<{ id: string; slug: string }> }

/** The most-voted threads are built ahead; every other thread renders on its first request, then is cached. */
export async function generateStaticParams() {
  const routes = await listPopularQuestionRoutes(env.PRERENDER_THREADS)
  return routes.map((r) => ({ id: String(r.id), slug: r.slug }))
}

async function loadThread(params: Props['params']) {
  const { id, slug } = await params
  const qid = parseId(id)
  if (qid === null) notFound()
  const thread = await readThread(qid)
  if (!thread) notFound()
  const decoded = decodeSegment(slug)
  if (decoded === null) notFound()
  if (decoded !== thread.slug) permanentRedirect(threadPath(thread))
  return thread
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [thread, settings] = await Promise.all([loadThread(params), readSiteSettings()])
  const description = excerpt(thread.bodyText, 155)
  return {
    title: thread.title,
    description,
    // Left out by the site's indexing policy: still readable, and links from it still followed.
    ...(isIndexable(thread, settings.indexing) ? {} : { robots: { index: false, follow: true } }),
    alternates: pageAlternates(threadPath(thread)),
    openGraph: {
      type: 'article',
      title: thread.title,
      description,
      url: threadPath(thread),
      siteName: settings.site.name,
      publishedTime: thread.createdAt,
      modifiedTime: thread.modifiedAt,
    },
    twitter: { card: 'summary_large_image', title: thread.title, description },
  }
}

export default async function ThreadPage({ params }: Props) {
  const [thread, settings] = await Promise.all([loadThread(params), readSiteSettings()])
  const qaPage = buildQaPageJsonLd(thread, site.url)
  const trail = threadBreadcrumb(thread)
  const n = thread.answerCount
  return (
    <ViewerProvider questionId={thread.id}>
      <PostingPolicy anonymous={settings.allowAnonymousPosts}>
        <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_18rem]">
          <div className="min-w-0 max-w-3xl">
            {qaPage && <JsonLd data={qaPage} />}
            <JsonLd data={buildBreadcrumbJsonLd(trail, site.url)} />
            <Breadcrumb
              items={[
                { name: 'Home', path: '/' },
                ...thread.breadcrumb.map((c) => ({ name: c.name, path: categoryPath(c) })),
              ]}
              endsAtCurrentPage={false}
            />
            <ThreadQuestion thread={thread} />
            {/* Notice area: room for a crisis-resources banner, configured by the site (see DESIGN.md). */}
            <section aria-labelledby="answers-heading" className="mt-8">
              <h2 id="answers-heading" className="mb-4 text-xl font-semibold">
                {n === 0 ? 'No answers yet' : `${n} ${n === 1 ? 'answer' : 'answers'}`}
              </h2>
              {n === 0 && (
                <p className="mb-4 text-stone-600 dark:text-stone-400">
                  Nobody has answered yet. If you have been through something similar, your answer could help.
                </p>
              )}
              <AnswerList
                items={thread.answers.map((a) => ({
                  id: a.id,
                  createdAt: a.createdAt,
                  node: <AnswerItem answer={a} question={thread} />,
                }))}
              />
            </section>
            <section
              id="answer-form"
              aria-labelledby="answer-form-heading"
              className="mt-10 scroll-mt-4 rounded-xl border border-stone-200 bg-white p-5 dark:border-stone-800 dark:bg-stone-900"
            >
              <h2 id="answer-form-heading" className="mb-3 text-lg font-semibold">
                {thread.closed ? 'This question is closed' : 'Answer this question'}
              </h2>
              {thread.closed ? (
                <p className="text-stone-600 dark:text-stone-400">Closed questions take no new answers.</p>
              ) : (
                <AnswerForm questionId={thread.id} permalink={`${threadPath(thread)}#answer-form`} />
              )}
            </section>
          </div>
          <ThreadAside thread={thread} />
        </div>
      </PostingPolicy>
    </ViewerProvider>
  )
}
