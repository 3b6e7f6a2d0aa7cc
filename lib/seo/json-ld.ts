import type { AnswerView, AuthorRef, CategoryRef, CommentView, ThreadPage } from '@/lib/questions/types'
import { answerPath, categoryPath, profilePath, threadPath } from '@/lib/slug'

type Json = Record<string, unknown>

function person(author: AuthorRef, origin: string): Json {
  return author.kind === 'user'
    ? { '@type': 'Person', name: author.name, url: `${origin}${profilePath(author)}` }
    : { '@type': 'Person', name: author.name }
}

function comment(c: CommentView, origin: string, pageUrl: string): Json {
  return {
    '@type': 'Comment',
    text: c.bodyText,
    datePublished: c.createdAt,
    url: `${pageUrl}#c${c.id}`,
    author: person(c.author, origin),
    upvoteCount: c.score,
  }
}

function answer(q: ThreadPage, a: AnswerView, origin: string): Json {
  const pageUrl = `${origin}${threadPath(q)}`
  return {
    '@type': 'Answer',
    text: a.bodyText,
    upvoteCount: a.score,
    datePublished: a.createdAt,
    ...(a.edited ? { dateModified: a.edited.at } : {}),
    url: `${origin}${answerPath(q, a.id)}`,
    author: person(a.author, origin),
    commentCount: a.comments.length,
    ...(a.comments.length ? { comment: a.comments.map((c) => comment(c, origin, pageUrl)) } : {}),
  }
}

/**
 * Google's QAPage markup (one Question as mainEntity). A thread without answers is not eligible,
 * so it gets none: returns null.
 */
export function buildQaPageJsonLd(q: ThreadPage, origin: string): Json | null {
  if (q.answers.length === 0) return null
  const pageUrl = `${origin}${threadPath(q)}`
  const accepted = q.answers.find((a) => a.isAccepted)
  const suggested = q.answers.filter((a) => !a.isAccepted)
  return {
    '@context': 'https://schema.org',
    '@type': 'QAPage',
    mainEntity: {
      '@type': 'Question',
      name: q.title,
      text: q.bodyText,
      answerCount: q.answerCount,
      upvoteCount: q.score,
      datePublished: q.createdAt,
      dateModified: q.modifiedAt,
      url: pageUrl,
      author: person(q.author, origin),
      commentCount: q.comments.length,
      ...(q.comments.length ? { comment: q.comments.map((c) => comment(c, origin, pageUrl)) } : {}),
      ...(accepted ? { acceptedAnswer: answer(q, accepted, origin) } : {}),
      ...(suggested.length ? { suggestedAnswer: suggested.map((a) => answer(q, a, origin)) } : {}),
    },
  }
}

export function buildBreadcrumbJsonLd(items: { name: string; path: string }[], origin: string): Json {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: item.name,
      item: `${origin}${item.path}`,
    })),
  }
}

export function threadBreadcrumb(q: ThreadPage): { name: string; path: string }[] {
  return [
    { name: 'Home', path: '/' },
    ...q.breadcrumb.map((c: CategoryRef) => ({ name: c.name, path: categoryPath(c) })),
    { name: q.title, path: threadPath(q) },
  ]
}

/** JSON for a <script> element: "<" is escaped so user text can never close the element. */
export function serializeJsonLd(data: Json): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}
