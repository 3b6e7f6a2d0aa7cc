import 'server-only'
import { unstable_cache } from 'next/cache'
import { cacheTags } from './cache-tags'
import { getCategoryByPath, listCategoryTree } from './categories/queries'
import { listQuestions, type QuestionFilter, type QuestionSort } from './questions/list-queries'
import { listRelatedQuestions } from './questions/related-queries'
import { getThread } from './questions/thread-queries'
import { PAGE_REVALIDATE_SECONDS } from './site'
import { countVisibleQuestions, listSitemapFileLastmods, listSitemapQuestions } from './seo/sitemap-queries'
import { getTag, listTags } from './tags/queries'
import { getUserProfile, listUserAnswers, listUsers } from './users/queries'

/**
 * The page-facing reads. Each is cached in Next's data cache under tags from lib/cache-tags.ts; a
 * static page inherits the tags of the reads it makes, so refreshing a tag refreshes those pages.
 */
function cached<A extends unknown[], R>(name: string, fn: (...args: A) => Promise<R>, tags: (...args: A) => string[]) {
  return (...args: A): Promise<R> =>
    unstable_cache(() => fn(...args), [name, JSON.stringify(args)], { tags: tags(...args), revalidate: PAGE_REVALIDATE_SECONDS })()
}

export const readThread = cached('thread', getThread, (id: number) => [cacheTags.question(id)])

export const readRelated = cached('related', listRelatedQuestions, (id: number) => [cacheTags.question(id), cacheTags.questionLinks])

function filterTags(filter: QuestionFilter): string[] {
  switch (filter.kind) {
    case 'category':
      return [cacheTags.questionLists, cacheTags.category(filter.id)]
    case 'tag':
      return [cacheTags.questionLists, cacheTags.tag(filter.name)]
    case 'author':
      return [cacheTags.questionLists, cacheTags.user(filter.id)]
    default:
      return [cacheTags.questionLists]
  }
}

export const readQuestionList = cached(
  'questions',
  (filter: QuestionFilter, sort: QuestionSort, page: number) => listQuestions({ filter, sort, page }),
  (filter) => filterTags(filter),
)

/** "Top in category" beside a thread: tagged like related questions, not like the category's list. */
export const readTopInCategory = cached(
  'top-in-category',
  async (filter: Extract<QuestionFilter, { kind: 'category' }>) => (await listQuestions({ filter, sort: 'votes', page: 1 })).items.slice(0, 6),
  () => [cacheTags.questionLinks],
)

export const readCategoryTree = cached('category-tree', listCategoryTree, () => [cacheTags.categoryList])
export const readCategory = cached('category', getCategoryByPath, () => [cacheTags.categoryList])

export const readTags = cached('tags', listTags, () => [cacheTags.tagList])
export const readTag = cached('tag', getTag, (name: string) => [cacheTags.tag(name), cacheTags.tagList])

export const readUsers = cached('users', listUsers, () => [cacheTags.userList])
export const readUserProfile = cached('user', getUserProfile, (id: number) => [cacheTags.user(id)])
export const readUserAnswers = cached('user-answers', listUserAnswers, (id: number) => [cacheTags.user(id)])

export const readSitemapCount = cached('sitemap-count', countVisibleQuestions, () => [cacheTags.sitemap])
export const readSitemapQuestions = cached('sitemap-questions', (id: number) => listSitemapQuestions(id), () => [cacheTags.sitemap])
export const readSitemapLastmods = cached(
  'sitemap-lastmods',
  async () => Object.fromEntries(await listSitemapFileLastmods()) as Record<string, string>,
  () => [cacheTags.sitemap],
)
