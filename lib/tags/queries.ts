import 'server-only'
import { desc, asc, eq, gt, sql } from 'drizzle-orm'
import { getDb } from '@/db/client'
import { tags } from '@/db/schema'
import type { Page } from '@/lib/questions/types'

export type TagSummary = { id: number; name: string; description: string; questionCount: number }

const TAGS_PER_PAGE = 60

/** Tags in use, most used first. */
export async function listTags(page: number): Promise<Page<TagSummary>> {
  const db = getDb()
  const [items, [count]] = await Promise.all([
    db
      .select({ id: tags.id, name: tags.name, description: tags.description, questionCount: tags.questionCount })
      .from(tags)
      .where(gt(tags.questionCount, 0))
      .orderBy(desc(tags.questionCount), asc(tags.name))
      .limit(TAGS_PER_PAGE)
      .offset((page - 1) * TAGS_PER_PAGE),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(tags)
      .where(gt(tags.questionCount, 0)),
  ])
  const total = count?.n ?? 0
  return { items, page, total, pageCount: Math.max(1, Math.ceil(total / TAGS_PER_PAGE)) }
}

export async function getTag(name: string): Promise<TagSummary | null> {
  const [row] = await getDb()
    .select({ id: tags.id, name: tags.name, description: tags.description, questionCount: tags.questionCount })
    .from(tags)
    .where(eq(tags.name, name))
  return row ?? null
}
