import type { MetadataRoute } from 'next'
import { readCategoryTree, readSitemapCount, readSitemapQuestions, readTags } from '@/lib/cached'
import { flattenCategories } from '@/lib/categories/queries'
import { sitemapIds } from '@/lib/seo/sitemap'
import { absoluteUrl } from '@/lib/site'
import { categoryPath, tagPath, threadPath } from '@/lib/slug'

export const revalidate = 3600

/** Files /sitemaps/sitemap/{id}.xml; /sitemap.xml is their index. */
export async function generateSitemaps() {
  return sitemapIds(await readSitemapCount()).map((id) => ({ id }))
}

async function listPages(): Promise<MetadataRoute.Sitemap> {
  const [tree, tags] = await Promise.all([readCategoryTree(), readTags(1)])
  return [
    { url: absoluteUrl('/') },
    { url: absoluteUrl('/questions') },
    { url: absoluteUrl('/unanswered') },
    { url: absoluteUrl('/categories') },
    { url: absoluteUrl('/tags') },
    ...flattenCategories(tree).map((c) => ({ url: absoluteUrl(categoryPath(c)) })),
    ...tags.items.map((t) => ({ url: absoluteUrl(tagPath(t.name)) })),
  ]
}

export default async function sitemap(props: { id: Promise<string> }): Promise<MetadataRoute.Sitemap> {
  const id = Number(await props.id)
  if (id === 0) return listPages()
  if (!Number.isInteger(id) || id < 0) return []
  const questions = await readSitemapQuestions(id)
  return questions.map((q) => ({ url: absoluteUrl(threadPath(q)), lastModified: q.lastmod }))
}
