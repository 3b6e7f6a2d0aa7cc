import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { ListHeader } from '@/components/question/list-header'
import { QuestionList } from '@/components/question/question-row'
import { Pagination } from '@/components/ui/pagination'
import { readQuestionList, readTag, readTags } from '@/lib/cached'
import { decodeSegments, splitPage } from '@/lib/route-params'
import { pageAlternates } from '@/lib/seo/alternates'
import { tagPath } from '@/lib/slug'
import { FollowControl } from '@/components/follow/follow-control'

export const revalidate = 3600

export async function generateStaticParams() {
  return [{ rest: [] }]
}

type Props = { params: Promise<{ rest?: string[] }> }

/** /tags[/page/n] lists tags; /tags/{tag}[/page/n] lists a tag's questions ("page" is not a valid tag name). */
function parse(segments: string[]): { tag: string | null; page: number } | null {
  const decoded = decodeSegments(segments)
  const split = decoded && splitPage(decoded)
  if (!split || split.rest.length > 1) return null
  return { tag: split.rest[0] ?? null, page: split.page }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const parsed = parse((await params).rest ?? [])
  if (!parsed) return {}
  const suffix = parsed.page > 1 ? `, page ${parsed.page}` : ''
  const base = parsed.tag ? tagPath(parsed.tag) : '/tags'
  const canonical = parsed.page > 1 ? `${base}/page/${parsed.page}` : base
  if (!parsed.tag) return { title: `Tags${suffix}`, alternates: pageAlternates(canonical) }
  return {
    title: `Questions tagged ${parsed.tag}${suffix}`,
    alternates: pageAlternates(canonical, [
      { url: `/feeds/tags/${encodeURIComponent(parsed.tag)}.atom`, title: `${parsed.tag}: new questions` },
    ]),
  }
}

async function TagIndex({ page }: { page: number }) {
  const list = await readTags(page)
  if (page > 1 && list.items.length === 0) notFound()
  return (
    <>
      <ListHeader
        title={page > 1 ? `Tags, page ${page}` : 'Tags'}
        intro={<p>Tags group questions on the same subject across categories.</p>}
      />
      {list.items.length === 0 && <p>No tags yet.</p>}
      <ul className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {list.items.map((t) => (
          <li
            key={t.id}
            className="rounded-xl border border-stone-200 bg-white p-3 dark:border-stone-800 dark:bg-stone-900"
          >
            <Link href={tagPath(t.name)} className="font-medium text-accent-700 hover:underline dark:text-accent-300">
              {t.name}
            </Link>
            <p className="text-sm text-stone-600 dark:text-stone-400">
              {t.questionCount} {t.questionCount === 1 ? 'question' : 'questions'}
            </p>
            {t.description && <p className="mt-1 text-sm">{t.description}</p>}
          </li>
        ))}
      </ul>
      <Pagination base="/tags" page={page} pageCount={list.pageCount} />
    </>
  )
}

async function TagQuestions({ name, page }: { name: string; page: number }) {
  const tag = await readTag(name)
  if (!tag) notFound()
  const list = await readQuestionList({ kind: 'tag', id: tag.id, name: tag.name }, 'newest', page)
  if (page > 1 && list.items.length === 0) notFound()
  return (
    <>
      <ListHeader
        title={page > 1 ? `Questions tagged ${tag.name}, page ${page}` : `Questions tagged ${tag.name}`}
        intro={
          <p>
            {tag.description ||
              `${tag.questionCount} ${tag.questionCount === 1 ? 'question' : 'questions'} with this tag.`}
          </p>
        }
        feed={`/feeds/tags/${encodeURIComponent(tag.name)}.atom`}
      />
      <div className="mb-5">
        <FollowControl ownProvider targetType="tag" targetId={tag.id} returnTo={tagPath(tag.name)} what="this tag" />
      </div>
      <QuestionList items={list.items} empty="No questions with this tag yet." />
      <Pagination base={tagPath(tag.name)} page={page} pageCount={list.pageCount} />
    </>
  )
}

export default async function TagsPage({ params }: Props) {
  const parsed = parse((await params).rest ?? [])
  if (!parsed) notFound()
  return parsed.tag ? <TagQuestions name={parsed.tag} page={parsed.page} /> : <TagIndex page={parsed.page} />
}
