import 'server-only'
import { cache } from 'react'
import { unstable_cache } from 'next/cache'
import { cacheTags } from './cache-tags'
import { getCategoryByPath, getCategoryRedirect, listCategoryTree } from './categories/queries'
import { listQuestions, type QuestionFilter, type QuestionSort } from './questions/list-queries'
import { listRelatedQuestions } from './questions/related-queries'
import { getThread } from './questions/thread-queries'
import { PAGE_REVALIDATE_SECONDS } from './site'
import { countVisibleQuestions, listSitemapFileLastmods, listSitemapQuestions } from './seo/sitemap-queries'
import { makeCensor, type Censor } from './moderation/censor'
import { getSettings } from './settings/queries'
import { getTag, listTags } from './tags/queries'
import { getUserProfile, listUserAnswers, listUsers } from './users/queries'

/**
 * The page-facing reads. Each is cached in Next's data cache under tags from lib/cache-tags.ts; a
 * static page inherits the tags of the reads it makes, so refreshing a tag refreshes those pages.
 */
function cached<A extends unknown[], R>(name: string, fn: (...args: A) => Promise<R>, tags: (...args: A) => string[]) {
  return (...args: A): Promise<R> =>
    unstable_cache(() => fn(...args), [name, JSON.stringify(args)], {
      tags: tags(...args),
      revalidate: PAGE_REVALIDATE_SECONDS,
    })()
}

export const readSiteSettings = cache(cached('settings', getSettings, () => [cacheTags.siteSettings]))

/** The site's censored words as a masking function; reads using it carry the settings tag. */
const siteCensor = async () => makeCensor((await readSiteSettings()).spam.censoredWords)
const censorTitles = <T extends { title: string; excerpt?: string }>(items: T[], censor: Censor): T[] =>
  items.map((i) => ({
    ...i,
    title: censor(i.title),
    ...(i.excerpt === undefined ? {} : { excerpt: censor(i.excerpt) }),
  }))

// Threads show their category chain, which admins may rename or move, and mask censored words.
// The page and its metadata both read the thread: React's cache makes that one read per render.
export const readThread = cache(
  cached(
    'thread',
    async (id: number) => getThread(id, await siteCensor()),
    (id: number) => [cacheTags.question(id), cacheTags.siteSettings],
  ),
)

export const readRelated = cached(
  'related',
  async (id: number) => censorTitles(await listRelatedQuestions(id), await siteCensor()),
  (id: number) => [cacheTags.question(id), cacheTags.questionLinks, cacheTags.siteSettings],
)

function filterTags(filter: QuestionFilter): string[] {
  const lists = [cacheTags.questionLists, cacheTags.siteSettings]
  switch (filter.kind) {
    case 'category':
      return [...lists, cacheTags.category(filter.id)]
    case 'tag':
      return [...lists, cacheTags.tag(filter.name)]
    case 'author':
      return [...lists, cacheTags.user(filter.id)]
    default:
      return lists
  }
}

export const readQuestionList = cached(
  'questions',
  async (filter: QuestionFilter, sort: QuestionSort, page: number) => {
    const [list, censor] = await Promise.all([listQuestions({ filter, sort, page }), siteCensor()])
    return { ...list, items: censorTitles(list.items, censor) }
  },
  (filter) => filterTags(filter),
)

/** "Top in category" beside a thread: tagged like related questions, not like the category's list. */
export const readTopInCategory = cached(
  'top-in-category',
  async (filter: Extract<QuestionFilter, { kind: 'category' }>) =>
    censorTitles((await listQuestions({ filter, sort: 'votes', page: 1 })).items.slice(0, 6), await siteCensor()),
  () => [cacheTags.questionLinks, cacheTags.siteSettings],
)

export const readCategoryTree = cached('category-tree', listCategoryTree, () => [cacheTags.categoryList])
export const readCategory = cached('category', getCategoryByPath, () => [cacheTags.categoryList])
export const readCategoryRedirect = cached('category-redirect', getCategoryRedirect, () => [cacheTags.categoryList])

export const readTags = cached('tags', listTags, () => [cacheTags.tagList])
export const readTag = cached('tag', getTag, (name: string) => [cacheTags.tag(name), cacheTags.tagList])

export const readUsers = cached('users', listUsers, () => [cacheTags.userList])
// Points on a profile follow the points weights in the settings.
export const readUserProfile = cached('user', getUserProfile, (id: number) => [
  cacheTags.user(id),
  cacheTags.siteSettings,
])
export const readUserAnswers = cached(
  'user-answers',
  async (id: number) => {
    const [answers, censor] = await Promise.all([listUserAnswers(id), siteCensor()])
    return answers.map((a) => ({ ...a, question: { ...a.question, title: censor(a.question.title) } }))
  },
  (id: number) => [cacheTags.user(id), cacheTags.siteSettings],
)

// The indexing policy decides which questions the sitemap lists, so its reads follow the settings too.
const sitemapTags = () => [cacheTags.sitemap, cacheTags.siteSettings]
const indexing = async () => (await getSettings()).indexing

export const readSitemapCount = cached(
  'sitemap-count',
  async () => countVisibleQuestions(await indexing()),
  sitemapTags,
)
export const readSitemapQuestions = cached(
  'sitemap-questions',
  async (id: number) => listSitemapQuestions(id, undefined, await indexing()),
  sitemapTags,
)
export const readSitemapLastmods = cached(
  'sitemap-lastmods',
  async () => Object.fromEntries(await listSitemapFileLastmods(undefined, await indexing())) as Record<string, string>,
  sitemapTags,
)
