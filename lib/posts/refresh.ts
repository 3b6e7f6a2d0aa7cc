import 'server-only'
import { sql } from 'drizzle-orm'
import type { Database } from '@/db/client'
import { questionChangeTags } from '@/lib/cache-tags'

/** The cache tags a change in this thread touches (read inside the writing transaction). */
export async function threadRefreshTags(
  tx: Pick<Database, 'execute'>,
  questionId: number,
  userIds: (number | null)[] = [],
  linksChange = false,
): Promise<string[]> {
  const { rows } = await tx.execute<{ categoryIds: number[]; tagNames: string[]; authorId: number | null }>(sql`
    select array_remove(array[category1_id, category2_id, category3_id, category4_id], null) as "categoryIds",
      coalesce((select array_agg(t.name) from question_tags qt join tags t on t.id = qt.tag_id where qt.question_id = q.id), '{}') as "tagNames",
      author_id as "authorId"
    from questions q where id = ${questionId}`)
  const row = rows[0]
  return questionChangeTags({
    id: questionId,
    categoryIds: row?.categoryIds ?? [],
    tagNames: row?.tagNames ?? [],
    userIds: [row?.authorId ?? null, ...userIds].filter((id): id is number => id !== null),
    linksChange,
  })
}
