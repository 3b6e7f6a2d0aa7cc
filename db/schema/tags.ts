import { index, integer, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core'
import { questions } from './questions'

export const tags = pgTable(
  'tags',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    /** Visible questions carrying the tag. */
    questionCount: integer('question_count').notNull().default(0),
  },
  (t) => [
    uniqueIndex('tags_name_key').on(t.name),
    index('tags_count_idx').on(t.questionCount.desc().nullsFirst(), t.name),
  ],
)

export const questionTags = pgTable(
  'question_tags',
  {
    questionId: integer('question_id')
      .notNull()
      .references(() => questions.id, { onDelete: 'cascade' }),
    tagId: integer('tag_id')
      .notNull()
      .references(() => tags.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.questionId, t.tagId] }),
    index('question_tags_tag_idx').on(t.tagId, t.questionId.desc().nullsFirst()),
  ],
)

export type Tag = typeof tags.$inferSelect
