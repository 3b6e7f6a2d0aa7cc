import { sql } from 'drizzle-orm'
import { index, integer, pgTable, text } from 'drizzle-orm/pg-core'
import { authorshipColumns, lifecycleColumns } from './post-columns'
import { questions } from './questions'

export const answers = pgTable(
  'answers',
  {
    id: integer('id')
      .primaryKey()
      .default(sql`nextval('post_id_seq')`),
    questionId: integer('question_id')
      .notNull()
      .references(() => questions.id, { onDelete: 'cascade' }),
    ...authorshipColumns(),
    body: text('body').notNull(),
    score: integer('score').notNull().default(0),
    upvotes: integer('upvotes').notNull().default(0),
    downvotes: integer('downvotes').notNull().default(0),
    commentCount: integer('comment_count').notNull().default(0),
    ...lifecycleColumns(),
  },
  (t) => [
    index('answers_question_idx').on(t.questionId, t.score.desc().nullsFirst(), t.createdAt),
    index('answers_author_idx').on(t.authorId, t.createdAt.desc().nullsFirst()),
    // The moderation queue's posts held for approval.
    index('answers_pending_idx')
      .on(t.id)
      .where(sql`status = 'pending'`),
  ],
)

export const comments = pgTable(
  'comments',
  {
    id: integer('id')
      .primaryKey()
      .default(sql`nextval('post_id_seq')`),
    /** Always set, so a thread loads all its comments with one indexed query. */
    questionId: integer('question_id')
      .notNull()
      .references(() => questions.id, { onDelete: 'cascade' }),
    /** null when the comment is on the question itself. */
    answerId: integer('answer_id').references(() => answers.id, { onDelete: 'cascade' }),
    ...authorshipColumns(),
    body: text('body').notNull(),
    /** Comments take upvotes only. */
    score: integer('score').notNull().default(0),
    ...lifecycleColumns(),
  },
  (t) => [
    index('comments_question_idx').on(t.questionId, t.createdAt),
    index('comments_answer_idx').on(t.answerId),
    index('comments_author_idx').on(t.authorId, t.createdAt.desc().nullsFirst()),
    index('comments_pending_idx')
      .on(t.id)
      .where(sql`status = 'pending'`),
  ],
)

export type Answer = typeof answers.$inferSelect
export type NewAnswer = typeof answers.$inferInsert
export type Comment = typeof comments.$inferSelect
export type NewComment = typeof comments.$inferInsert
