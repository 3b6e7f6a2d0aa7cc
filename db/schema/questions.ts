import { sql } from 'drizzle-orm'
import {
  customType,
  doublePrecision,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core'
import { categories } from './categories'
import { authorshipColumns, lifecycleColumns } from './post-columns'
import { users } from './users'

const visible = sql`status = 'visible'`

/** Postgres full-text vector; written only by the triggers in migration 0005 (see lib/search). */
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' })

export const questions = pgTable(
  'questions',
  {
    id: integer('id')
      .primaryKey()
      .default(sql`nextval('post_id_seq')`),
    ...authorshipColumns(),
    categoryId: integer('category_id').references(() => categories.id, { onDelete: 'set null' }),
    /**
     * The category's ancestors by depth (category1Id is the root), as Question2Answer's catidpath:
     * a category page lists its whole subtree with one indexed equality instead of an IN-list sort.
     */
    category1Id: integer('category1_id'),
    category2Id: integer('category2_id'),
    category3Id: integer('category3_id'),
    category4Id: integer('category4_id'),
    title: text('title').notNull(),
    slug: text('slug').notNull(),
    body: text('body').notNull(),
    score: integer('score').notNull().default(0),
    upvotes: integer('upvotes').notNull().default(0),
    downvotes: integer('downvotes').notNull().default(0),
    /** Visible answers. */
    answerCount: integer('answer_count').notNull().default(0),
    /** Visible comments directly on the question. */
    commentCount: integer('comment_count').notNull().default(0),
    acceptedAnswerId: integer('accepted_answer_id'),
    viewCount: integer('view_count').notNull().default(0),
    ...lifecycleColumns(),
    lastActivityAt: timestamp('last_activity_at', { withTimezone: true }).notNull().defaultNow(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closedById: integer('closed_by_id').references(() => users.id, { onDelete: 'set null' }),
    closedReason: text('closed_reason'),
    duplicateOfId: integer('duplicate_of_id').references((): AnyPgColumn => questions.id, { onDelete: 'set null' }),
    /** Title (A), tags (B), body (C) and visible answers (D), in the site's text-search configuration. */
    searchVector: tsvector('search_vector'),
    /** The title alone (same configuration, kept by the same trigger): related and similar questions match titles without rechecking weights. */
    titleVector: tsvector('title_vector'),
    /**
     * The "hot" list's order: log of activity (votes, answers, comments, views) plus the time of the
     * latest write in units of 36 hours, so a question cools by one e-fold of activity per 36 quiet
     * hours. Set by a trigger (migration 0007); monotone in time, so it never needs a recompute.
     */
    hotScore: doublePrecision('hot_score').notNull().default(0),
  },
  (t) => [
    index('questions_newest_idx').on(t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst()).where(visible),
    index('questions_votes_idx').on(t.score.desc().nullsFirst(), t.id.desc().nullsFirst()).where(visible),
    index('questions_answers_idx').on(t.answerCount.desc().nullsFirst(), t.id.desc().nullsFirst()).where(visible),
    index('questions_active_idx').on(t.lastActivityAt.desc().nullsFirst(), t.id.desc().nullsFirst()).where(visible),
    index('questions_unanswered_idx')
      .on(t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst())
      .where(sql`status = 'visible' and answer_count = 0`),
    index('questions_unanswered_votes_idx')
      .on(t.score.desc().nullsFirst(), t.id.desc().nullsFirst())
      .where(sql`status = 'visible' and answer_count = 0`),
    index('questions_cat1_idx')
      .on(t.category1Id, t.lastActivityAt.desc().nullsFirst(), t.id.desc().nullsFirst())
      .where(visible),
    index('questions_cat2_idx')
      .on(t.category2Id, t.lastActivityAt.desc().nullsFirst(), t.id.desc().nullsFirst())
      .where(visible),
    index('questions_cat3_idx')
      .on(t.category3Id, t.lastActivityAt.desc().nullsFirst(), t.id.desc().nullsFirst())
      .where(visible),
    index('questions_cat4_idx')
      .on(t.category4Id, t.lastActivityAt.desc().nullsFirst(), t.id.desc().nullsFirst())
      .where(visible),
    index('questions_author_idx').on(t.authorId, t.createdAt.desc().nullsFirst()),
    index('questions_category_idx').on(t.categoryId),
    index('questions_search_idx').using('gin', t.searchVector),
    index('questions_title_search_idx').using('gin', t.titleVector),
    index('questions_pending_idx')
      .on(t.id)
      .where(sql`status = 'pending'`),
    // Sitemap files number visible questions by id; their lastmod reads only this index.
    index('questions_sitemap_idx').on(t.id, t.lastActivityAt, t.editedAt).where(visible),
    index('questions_hot_idx').on(t.hotScore.desc().nullsFirst(), t.id.desc().nullsFirst()).where(visible),
  ],
)

export type Question = typeof questions.$inferSelect
export type NewQuestion = typeof questions.$inferInsert
