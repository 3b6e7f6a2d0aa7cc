import { sql, type SQL } from 'drizzle-orm'
import type { Database } from './client'
import { defaultPointsWeights, type PointsWeights } from './points'

type Executor = Pick<Database, 'execute'>

type Weights = Record<keyof PointsWeights, SQL>

// Integers from code, inlined so Postgres types the arithmetic as integer.
const inlineWeights = (weights: PointsWeights): Weights =>
  Object.fromEntries(Object.entries(weights).map(([k, v]) => [k, sql.raw(String(Math.trunc(v)))])) as Weights

/** The site's points weights: the admins' `points` setting over the defaults (for scripts outside the app). */
export async function readPointsWeights(db: Executor): Promise<PointsWeights> {
  const { rows } = await db.execute<{ value: Partial<PointsWeights> }>(
    sql`select value from settings where key = 'points'`,
  )
  return { ...defaultPointsWeights, ...(rows[0]?.value ?? {}) }
}

/** An int[] parameter (a plain JS array would expand to a list of parameters). */
export const intArray = (ids: number[]) => sql`${`{${ids.map((id) => Math.trunc(id)).join(',')}}`}::int[]`

/** Every member's points from the rows: base + multiple × (posts, accepted answers, capped votes received). */
function pointsSql(w: Weights, only?: number[]): SQL {
  const mine = (column: string) => (only ? sql`and ${sql.raw(column)} = any(${intArray(only)})` : sql``)
  return sql`
      select u.id, (${w.base} + ${w.multiple} * coalesce(p.total, 0))::int as points
      from users u left join (
        select user_id, sum(pts) as total from (
          select author_id as user_id, ${w.askQuestion}
              + greatest(-${w.questionVoteCap}, least(${w.questionVoteCap}, ${w.questionUpvote} * upvotes - ${w.questionDownvote} * downvotes)) as pts
            from questions where status = 'visible' and author_id is not null ${mine('author_id')}
          union all
          select author_id, ${w.postAnswer}
              + greatest(-${w.answerVoteCap}, least(${w.answerVoteCap}, ${w.answerUpvote} * upvotes - ${w.answerDownvote} * downvotes))
            from answers where status = 'visible' and author_id is not null ${mine('author_id')}
          union all
          select a.author_id, ${w.answerSelected} from questions q join answers a on a.id = q.accepted_answer_id
            where q.status = 'visible' and a.status = 'visible' and a.author_id is not null and a.author_id is distinct from q.author_id ${mine('a.author_id')}
          union all
          select q.author_id, ${w.selectAnswer} from questions q join answers a on a.id = q.accepted_answer_id
            where q.status = 'visible' and a.status = 'visible' and q.author_id is not null and a.author_id is distinct from q.author_id ${mine('q.author_id')}
        ) contributions group by user_id
      ) p on p.user_id = u.id
      ${only ? sql`where u.id = any(${intArray(only)})` : sql``}`
}

/**
 * Sets the points of `userIds` from the rows, inside the caller's transaction. The users are
 * locked first (in id order, and as NO KEY UPDATE so that other transactions' foreign-key checks on
 * them never wait: no deadlocks) and the points computed in a
 * later statement, which under READ COMMITTED sees every write committed before the lock was granted.
 */
export async function refreshPoints(
  db: Executor,
  userIds: (number | null)[],
  weights: PointsWeights = defaultPointsWeights,
): Promise<void> {
  const ids = [...new Set(userIds.filter((id): id is number => id !== null))].sort((a, b) => a - b)
  if (ids.length === 0) return
  await db.execute(sql`select id from users where id = any(${intArray(ids)}) order by id for no key update`)
  await db.execute(sql`update users t set points = e.points from (${pointsSql(inlineWeights(weights), ids)}) e
    where e.id = t.id and t.points is distinct from e.points`)
}

/**
 * Every denormalised number, computed from the rows alone. The write path keeps the stored
 * columns equal to these in the same transaction; `findCounterDrift` checks it.
 */
function expectedCounts(weights: PointsWeights): Record<string, SQL> {
  const w = inlineWeights(weights)
  return {
    questions: sql`
      select q.id,
        coalesce(v.up, 0)::int as upvotes, coalesce(v.down, 0)::int as downvotes, coalesce(v.up - v.down, 0)::int as score,
        (select count(*) from answers a where a.question_id = q.id and a.status = 'visible')::int as answer_count,
        (select count(*) from comments c where c.question_id = q.id and c.answer_id is null and c.status = 'visible')::int as comment_count
      from questions q
      left join (select post_id, count(*) filter (where value = 1) as up, count(*) filter (where value = -1) as down from votes group by post_id) v on v.post_id = q.id`,
    answers: sql`
      select a.id,
        coalesce(v.up, 0)::int as upvotes, coalesce(v.down, 0)::int as downvotes, coalesce(v.up - v.down, 0)::int as score,
        (select count(*) from comments c where c.answer_id = a.id and c.status = 'visible')::int as comment_count
      from answers a
      left join (select post_id, count(*) filter (where value = 1) as up, count(*) filter (where value = -1) as down from votes group by post_id) v on v.post_id = a.id`,
    comments: sql`
      select c.id, (select count(*) from votes v where v.post_id = c.id and v.value = 1)::int as score from comments c`,
    categories: sql`
      select c.id, (select count(*) from questions q where q.status = 'visible'
        and c.id in (q.category1_id, q.category2_id, q.category3_id, q.category4_id))::int as question_count
      from categories c`,
    tags: sql`
      select t.id, (select count(*) from question_tags qt join questions q on q.id = qt.question_id
        where qt.tag_id = t.id and q.status = 'visible')::int as question_count
      from tags t`,
    users: pointsSql(w),
  }
}

/** Columns of each table that `expectedCounts` covers, in the order they are compared. */
const counted: Record<string, string[]> = {
  questions: ['upvotes', 'downvotes', 'score', 'answer_count', 'comment_count'],
  answers: ['upvotes', 'downvotes', 'score', 'comment_count'],
  comments: ['score'],
  categories: ['question_count'],
  tags: ['question_count'],
  users: ['points'],
}

/**
 * Rewrites every counter from the rows. Question points depend on question and answer vote
 * columns, so posts are recounted before users.
 */
export async function recomputeCounters(
  db: Executor,
  weights: PointsWeights = defaultPointsWeights,
  tables: string[] = ['questions', 'answers', 'comments', 'categories', 'tags', 'users'],
): Promise<void> {
  const expected = expectedCounts(weights)
  for (const table of tables) {
    const columns = counted[table]!
    const assignments = sql.raw(columns.map((c) => `${c} = e.${c}`).join(', '))
    const differs = sql.raw(columns.map((c) => `t.${c} is distinct from e.${c}`).join(' or '))
    await db.execute(
      sql`update ${sql.raw(table)} t set ${assignments} from (${expected[table]!}) e where e.id = t.id and (${differs})`,
    )
  }
  if (!tables.includes('questions')) return
  await db.execute(sql`
    update questions q set last_activity_at = greatest(q.created_at, q.edited_at, a.latest)
    from (select question_id, max(greatest(created_at, edited_at)) as latest from answers where status = 'visible' group by question_id) a
    where a.question_id = q.id and q.last_activity_at < greatest(q.created_at, q.edited_at, a.latest)`)
}

export type CounterDrift = { table: string; id: number; column: string; stored: number; expected: number }

/** Every stored counter that differs from what the rows say; empty when all are exact. */
export async function findCounterDrift(
  db: Executor,
  weights: PointsWeights = defaultPointsWeights,
): Promise<CounterDrift[]> {
  const expected = expectedCounts(weights)
  const drift: CounterDrift[] = []
  for (const [table, columns] of Object.entries(counted)) {
    for (const column of columns) {
      const { rows } = await db.execute<{ id: number; stored: number; expected: number }>(sql`
        select t.id, t.${sql.raw(column)} as stored, e.${sql.raw(column)} as expected
        from ${sql.raw(table)} t join (${expected[table]!}) e on e.id = t.id
        where t.${sql.raw(column)} is distinct from e.${sql.raw(column)} limit 100`)
      for (const r of rows) drift.push({ table, column, id: r.id, stored: r.stored, expected: r.expected })
    }
  }
  return drift
}
