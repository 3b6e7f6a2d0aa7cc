import 'server-only'
import { sql } from 'drizzle-orm'
import { getDb } from '@/db/client'
import type { FollowLevel, FollowTarget } from './schemas'

export async function getFollowLevel(userId: number, type: FollowTarget, id: number): Promise<FollowLevel | null> {
  const { rows } = await getDb().execute<{ level: FollowLevel }>(
    sql`select level::text as level from follows where user_id = ${userId} and target_type = ${type} and target_id = ${id}`,
  )
  return rows[0]?.level ?? null
}

export type FollowView = { targetType: FollowTarget; targetId: number; level: FollowLevel; name: string; path: string }

/** Everything the member follows, with names and links, for the settings page. */
export async function listFollows(userId: number): Promise<FollowView[]> {
  const { rows } = await getDb().execute<FollowView>(sql`
    select f.target_type::text as "targetType", f.target_id as "targetId", f.level::text as level,
      coalesce(q.title, c.name, t.name, u.display_name, '(gone)') as name,
      case f.target_type
        when 'question' then '/' || q.id || '/' || q.slug
        when 'category' then '/categories/' || c.path
        when 'tag' then '/tags/' || t.name
        else '/users/' || u.id || '/' || u.handle end as path
    from follows f
    left join questions q on f.target_type = 'question' and q.id = f.target_id
    left join categories c on f.target_type = 'category' and c.id = f.target_id
    left join tags t on f.target_type = 'tag' and t.id = f.target_id
    left join users u on f.target_type = 'user' and u.id = f.target_id
    where f.user_id = ${userId}
    order by f.target_type, f.created_at desc
    limit 500`)
  return rows
}

export async function getEmailPrefs(userId: number): Promise<{ emailOwn: string; emailFollowed: string } | null> {
  const { rows } = await getDb().execute<{ emailOwn: string; emailFollowed: string }>(
    sql`select email_own::text as "emailOwn", email_followed::text as "emailFollowed" from users where id = ${userId}`,
  )
  return rows[0] ?? null
}
