import { sql } from 'drizzle-orm'
import {
  check,
  index,
  integer,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core'

export const categories = pgTable(
  'categories',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    parentId: integer('parent_id').references((): AnyPgColumn => categories.id, { onDelete: 'restrict' }),
    slug: text('slug').notNull(),
    /** Slugs from the root, joined by "/": the category's URL below /categories/. */
    path: text('path').notNull(),
    depth: smallint('depth').notNull(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    position: integer('position').notNull().default(0),
    /** Visible questions in this category and all below it. */
    questionCount: integer('question_count').notNull().default(0),
  },
  (t) => [
    uniqueIndex('categories_path_key').on(t.path),
    index('categories_parent_idx').on(t.parentId, t.position),
    check('categories_depth_check', sql`${t.depth} between 1 and 4`),
  ],
)

export type Category = typeof categories.$inferSelect

/**
 * Addresses categories had before an admin renamed, moved or merged them, so old links and search
 * results still arrive (with a permanent redirect). A live category's address always wins.
 */
export const categoryRedirects = pgTable(
  'category_redirects',
  {
    path: text('path').primaryKey(),
    categoryId: integer('category_id')
      .notNull()
      .references(() => categories.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('category_redirects_category_idx').on(t.categoryId)],
)
