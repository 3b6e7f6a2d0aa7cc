/**
 * Every cache tag the site uses, built in one place: reads tag themselves with these, and writes
 * refresh exactly the pages they affect with the same builders (see lib/revalidate.ts).
 */
export const cacheTags = {
  question: (id: number) => `question:${id}`,
  /** Every question list: home, /questions sorts, /unanswered, feeds, sitemaps. */
  questionLists: 'lists:questions',
  category: (id: number) => `category:${id}`,
  categoryList: 'lists:categories',
  tag: (name: string) => `tag:${name}`,
  tagList: 'lists:tags',
  user: (id: number) => `user:${id}`,
  userList: 'lists:users',
  sitemap: 'sitemap',
  /**
   * The links to other threads beside each thread (related, top in category). Refreshed only when
   * a question leaves, returns or is retitled, so an answer or a vote does not expire every thread;
   * scores and newcomers there catch up at the hourly revalidation.
   */
  questionLinks: 'links:questions',
  /**
   * What admins configure: site settings and the category tree's names and places. Every page shows
   * some of it (the layout reads the site name), so a change re-renders every page; admins change
   * these rarely, and writes by members never refresh this tag.
   */
  siteSettings: 'settings',
} as const

/** The tags a change to one question touches: its thread, every list, its category chain, tags and people. */
export function questionChangeTags(q: {
  id: number
  categoryIds: number[]
  tagNames: string[]
  userIds: number[]
  /** The question itself appeared, disappeared or changed its title: refresh links to it too. */
  linksChange?: boolean
}): string[] {
  return [
    ...(q.linksChange ? [cacheTags.questionLinks] : []),
    cacheTags.question(q.id),
    cacheTags.questionLists,
    cacheTags.categoryList,
    cacheTags.tagList,
    cacheTags.userList,
    cacheTags.sitemap,
    ...q.categoryIds.map(cacheTags.category),
    ...q.tagNames.map(cacheTags.tag),
    ...q.userIds.map(cacheTags.user),
  ]
}
