import { readCategory, readCategoryRedirect, readQuestionList, readSiteSettings, readTag } from '@/lib/cached'
import type { QuestionFilter } from '@/lib/questions/list-queries'
import { atomFeedXml } from '@/lib/seo/atom'
import { absoluteUrl } from '@/lib/site'
import { categoryPath, tagPath, threadPath } from '@/lib/slug'
import { decodeSegments } from '@/lib/route-params'

export const revalidate = 3600

export async function generateStaticParams() {
  return [{ path: ['questions.atom'] }]
}

type Source = { title: string; pagePath: string; filter: QuestionFilter } | { movedTo: string }

/** /feeds/questions.atom, /feeds/categories/{path}.atom, /feeds/tags/{tag}.atom */
async function resolve(segments: string[]): Promise<Source | null> {
  const { site } = await readSiteSettings()
  const last = segments.at(-1)
  if (!last?.endsWith('.atom')) return null
  const parts = decodeSegments([...segments.slice(0, -1), last.slice(0, -'.atom'.length)])
  if (!parts) return null
  const [kind, ...rest] = parts
  if (kind === 'questions' && rest.length === 0)
    return { title: `${site.name}: new questions`, pagePath: '/questions', filter: { kind: 'all' } }
  if (kind === 'categories' && rest.length >= 1 && rest.length <= 4) {
    const category = await readCategory(rest.join('/'))
    if (category)
      return {
        title: `${site.name}: ${category.name}`,
        pagePath: categoryPath(category),
        filter: { kind: 'category', id: category.id, depth: category.depth },
      }
    const moved = await readCategoryRedirect(rest.join('/'))
    return moved ? { movedTo: `/feeds/categories/${moved.split('/').map(encodeURIComponent).join('/')}.atom` } : null
  }
  if (kind === 'tags' && rest.length === 1) {
    const tag = await readTag(rest[0]!)
    return tag
      ? {
          title: `${site.name}: questions tagged ${tag.name}`,
          pagePath: tagPath(tag.name),
          filter: { kind: 'tag', id: tag.id, name: tag.name },
        }
      : null
  }
  return null
}

export async function GET(_request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  const segments = (await params).path
  const source = await resolve(segments)
  if (!source)
    return new Response('No such feed', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  if ('movedTo' in source) return new Response(null, { status: 308, headers: { Location: source.movedTo } })
  const list = await readQuestionList(source.filter, 'newest', 1)
  const xml = atomFeedXml({
    id: absoluteUrl(`/feeds/${segments.join('/')}`),
    title: source.title,
    subtitle: (await readSiteSettings()).site.tagline,
    selfUrl: absoluteUrl(`/feeds/${segments.join('/')}`),
    siteUrl: absoluteUrl(source.pagePath),
    updated: list.items[0]?.createdAt ?? new Date(0).toISOString(),
    entries: list.items.map((q) => ({
      id: absoluteUrl(`/${q.id}`),
      title: q.title,
      url: absoluteUrl(threadPath(q)),
      published: q.createdAt,
      updated: q.lastActivityAt,
      author: q.author.name,
      summary: q.excerpt,
      categories: q.tags,
    })),
  })
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } })
}
