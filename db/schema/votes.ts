import { sql } from 'drizzle-orm'
import { check, index, integer, pgTable, primaryKey, smallint, text, timestamp } from 'drizzle-orm/pg-core'
import { postType } from './enums'
import { users } from './users'

/** One row per (post, voter): the primary key makes a double-submitted vote count once. */
export const votes = pgTable(
  'votes',
  {
    postId: integer('post_id').notNull(),
    postType: postType('post_type').notNull(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    value: smallint('value').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.postId, t.userId] }),
    index('votes_user_idx').on(t.userId, t.createdAt.desc().nullsFirst()),
    check('votes_value_check', sql`${t.value} in (-1, 1)`),
  ],
)

/** Every version of every post: revision 1 is the original. */
export const revisions = pgTable(
  'revisions',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    postId: integer('post_id').notNull(),
    postType: postType('post_type').notNull(),
    revision: integer('revision').notNull(),
    title: text('title'),
    body: text('body').notNull(),
    tags: text('tags').array(),
    categoryId: integer('category_id'),
    editorId: integer('editor_id').references(() => users.id, { onDelete: 'set null' }),
    /** Display name of an anonymous editor (the original anonymous author). */
    editorName: text('editor_name'),
    comment: text('comment'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('revisions_post_idx').on(t.postId, t.revision), index('revisions_editor_idx').on(t.editorId)],
)

export type Vote = typeof votes.$inferSelect
export type Revision = typeof revisions.$inferSelect
