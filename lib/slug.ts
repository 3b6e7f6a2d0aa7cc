const MAX_SLUG_LENGTH = 80

/** URL slug of a title, as Question2Answer makes them: lowercase words joined by hyphens. */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^\p{Letter}\p{Number}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
  if (slug.length <= MAX_SLUG_LENGTH) return slug || 'question'
  const cut = slug.slice(0, MAX_SLUG_LENGTH)
  const lastHyphen = cut.lastIndexOf('-')
  return lastHyphen > 20 ? cut.slice(0, lastHyphen) : cut
}

export function threadPath(q: { id: number; slug: string }): string {
  return `/${q.id}/${q.slug}`
}

export function answerPath(q: { id: number; slug: string }, answerId: number): string {
  return `${threadPath(q)}#a${answerId}`
}

export function profilePath(u: { id: number; handle: string }): string {
  return `/users/${u.id}/${encodeURIComponent(u.handle)}`
}

export function categoryPath(c: { path: string }): string {
  return `/categories/${c.path}`
}

export function tagPath(name: string): string {
  return `/tags/${encodeURIComponent(name)}`
}

/** Page N of a list whose first page lives at `base`: page 1 is the base itself, so it has one URL. */
export function pagedPath(base: string, page: number): string {
  if (page <= 1) return base
  return `${base === '/' ? '' : base}/page/${page}`
}
