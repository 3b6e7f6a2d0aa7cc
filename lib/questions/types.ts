/** DTOs for the read path. Dates are ISO strings: these values pass through Next's JSON data cache. */

export type AuthorRef =
  { kind: 'user'; id: number; handle: string; name: string; points: number } | { kind: 'anonymous'; name: string }

export type CategoryRef = { id: number; name: string; path: string }

export type QuestionSummary = {
  id: number
  slug: string
  title: string
  excerpt: string
  score: number
  answerCount: number
  hasAcceptedAnswer: boolean
  viewCount: number
  createdAt: string
  lastActivityAt: string
  category: CategoryRef | null
  tags: string[]
  author: AuthorRef
}

export type Page<T> = { items: T[]; page: number; pageCount: number; total: number }

export type CommentView = {
  id: number
  bodyHtml: string
  bodyText: string
  score: number
  createdAt: string
  editedAt: string | null
  author: AuthorRef
}

export type EditInfo = { at: string; by: string | null } | null

export type AnswerView = {
  id: number
  bodyHtml: string
  bodyText: string
  score: number
  isAccepted: boolean
  createdAt: string
  edited: EditInfo
  author: AuthorRef
  comments: CommentView[]
}

export type RelatedQuestion = { id: number; slug: string; title: string; score: number; answerCount: number }

export type ThreadPage = {
  id: number
  slug: string
  title: string
  bodyHtml: string
  bodyText: string
  score: number
  answerCount: number
  commentCount: number
  viewCount: number
  createdAt: string
  lastActivityAt: string
  edited: EditInfo
  /** Latest change to the question or anything in it, for dateModified and sitemaps. */
  modifiedAt: string
  author: AuthorRef
  /** Root first. */
  breadcrumb: CategoryRef[]
  tags: string[]
  closed: { at: string; reason: string | null; duplicateOf: RelatedQuestion | null } | null
  acceptedAnswerId: number | null
  /** Accepted first, then by votes, then oldest. */
  answers: AnswerView[]
  comments: CommentView[]
}
