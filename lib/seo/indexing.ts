import { sql, type SQL } from 'drizzle-orm'
import type { SiteSettings } from '@/lib/settings/defaults'

export type IndexingPolicy = SiteSettings['indexing']

const DAY_MS = 86_400_000

/**
 * Whether search engines are invited to index a visible question under the site's policy. Age is
 * judged when the page renders, so a question crosses the line at its next hourly revalidation.
 */
export function isIndexable(
  q: { answerCount: number; createdAt: string; closed: unknown },
  policy: IndexingPolicy,
  now = Date.now(),
): boolean {
  if (policy.noindexClosed && q.closed) return false
  const days = policy.noindexUnansweredAfterDays
  return !(days > 0 && q.answerCount === 0 && now - new Date(q.createdAt).getTime() > days * DAY_MS)
}

/** The same rule as SQL over `questions`, for the sitemap: true when the policy leaves nothing out. */
export function indexableSql(policy: IndexingPolicy): SQL {
  const parts: SQL[] = [sql`true`]
  if (policy.noindexClosed) parts.push(sql`closed_at is null`)
  if (policy.noindexUnansweredAfterDays > 0)
    parts.push(
      sql`not (answer_count = 0 and created_at < now() - make_interval(days => ${policy.noindexUnansweredAfterDays}))`,
    )
  return sql.join(parts, sql` and `)
}
