/** Shapes of the hand-written demo community; db/seed/demo.ts turns them into rows. */

/** A member's handle, or an anonymous poster who gave only a display name. */
export type DemoAuthor = string | { anon: string; email?: string }

export type DemoUser = {
  handle: string
  name: string
  role?: 'member' | 'expert' | 'editor' | 'moderator' | 'admin'
  bio?: string
  /** How long ago they joined, in days. */
  joinedDaysAgo: number
}

export type DemoCategory = {
  slug: string
  name: string
  description: string
  children?: DemoCategory[]
}

export type DemoComment = {
  by: DemoAuthor
  body: string
  /** Hours after its parent post was created. */
  hoursLater: number
  /** Upvotes the comment received (comments only take upvotes). */
  votes?: number
}

export type DemoEdit = {
  by: string
  /** Hours after the post was created. */
  hoursLater: number
  /** The text before the edit; the post's own fields are the text after it. */
  previousBody?: string
  previousTitle?: string
}

export type DemoAnswer = {
  by: DemoAuthor
  body: string
  /** Net votes: the seeder casts that many distinct votes (within the number of users). */
  votes: number
  isAccepted?: boolean
  hoursLater: number
  comments?: DemoComment[]
  edit?: DemoEdit
}

export type DemoQuestion = {
  title: string
  body: string
  /** Slug path of its category, e.g. "anxiety/panic-attacks". */
  category: string
  tags: string[]
  by: DemoAuthor
  daysAgo: number
  votes: number
  views: number
  answers: DemoAnswer[]
  comments?: DemoComment[]
  edit?: DemoEdit
}
