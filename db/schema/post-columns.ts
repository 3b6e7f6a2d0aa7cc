import { inet, integer, text, timestamp } from 'drizzle-orm/pg-core'
import { postStatus } from './enums'
import { users } from './users'

/** Who wrote a post: a member, or an anonymous poster's public name and private email. */
export const authorshipColumns = () => ({
  /** null for an anonymous post. */
  authorId: integer('author_id').references(() => users.id, { onDelete: 'set null' }),
  /** Anonymous authorship: the display name is public, the email never is. */
  anonName: text('anon_name'),
  anonEmail: text('anon_email'),
  authorIp: inet('author_ip'),
})

/** Visibility and edit history every post shares. */
export const lifecycleColumns = () => ({
  status: postStatus('status').notNull().default('visible'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  editedAt: timestamp('edited_at', { withTimezone: true }),
  editedById: integer('edited_by_id').references(() => users.id, { onDelete: 'set null' }),
  deletedAt: timestamp('deleted_at', { withTimezone: true }),
})
