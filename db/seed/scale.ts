import type pg from 'pg'
import { slugify } from '../../lib/slug'
import { copyRows, type CopyValue } from './copy'
import { makeRandom, pick, syntheticBody, syntheticTitle, syntheticTopics, type Random } from './synthetic-text'

export type ScaleOptions = {
  questions: number
  users: number
  answersPerQuestion: number
  batchSize: number
  seed: number
}
export type ScaleTotals = { users: number; questions: number; answers: number; comments: number; votes: number }

const DAY = 86_400_000
const SPAN_DAYS = 3 * 365

type Category = { id: number; lineage: number[] }

async function ensureUsers(client: pg.PoolClient, count: number, runTag: string): Promise<number[]> {
  const now = Date.now()
  const rows: CopyValue[][] = []
  for (let i = 0; i < count; i++) {
    const handle = `member-${runTag}-${i}`
    rows.push([
      handle,
      `Member ${runTag.toUpperCase()}-${i}`,
      `${handle}@scale.invalid`,
      new Date(now - SPAN_DAYS * DAY - (i % 365) * DAY),
    ])
  }
  await copyRows(client, 'users', ['handle', 'display_name', 'email', 'created_at'], rows)
  const { rows: ids } = await client.query<{ id: number }>(`select id from users where handle like $1 order by id`, [
    `member-${runTag}-%`,
  ])
  return ids.map((r) => r.id)
}

async function ensureCategories(client: pg.PoolClient): Promise<Category[]> {
  const { rowCount } = await client.query('select 1 from categories limit 1')
  if (!rowCount) {
    const roots = [
      'Psychotherapy',
      'Anxiety',
      'Depression',
      'Relationships',
      'Family',
      'Self-care',
      'Grief and loss',
      'Work and stress',
    ]
    for (const [position, name] of roots.entries()) {
      const slug = slugify(name)
      const { rows } = await client.query<{ id: number }>(
        `insert into categories (slug, path, depth, name, position) values ($1, $1, 1, $2, $3) returning id`,
        [slug, name, position],
      )
      for (const [i, child] of ['Getting started', 'Living with it'].entries()) {
        const childSlug = slugify(child)
        await client.query(
          `insert into categories (parent_id, slug, path, depth, name, position) values ($1, $2, $3, 2, $4, $5)`,
          [rows[0]!.id, childSlug, `${slug}/${childSlug}`, child, i],
        )
      }
    }
  }
  const { rows } = await client.query<{ id: number; lineage: number[] }>(`
    with recursive t as (
      select id, array[id] as lineage from categories where parent_id is null
      union all select c.id, t.lineage || c.id from categories c join t on c.parent_id = t.id
    ) select id, lineage from t`)
  return rows
}

async function ensureTags(client: pg.PoolClient): Promise<number[]> {
  for (const topic of syntheticTopics)
    await client.query(`insert into tags (name) values ($1) on conflict do nothing`, [slugify(topic)])
  const { rows } = await client.query<{ id: number }>('select id from tags order by id')
  return rows.map((r) => r.id)
}

/** Distinct voters for one post (never its author), with +1 mostly. */
function votesFor(
  random: Random,
  users: number[],
  authorId: number | null,
  max: number,
  upShare: number,
): [number, number][] {
  const count = Math.floor(random() * (max + 1))
  const chosen = new Set<number>()
  const out: [number, number][] = []
  for (let tries = 0; out.length < count && tries < count * 4; tries++) {
    const voter = pick(random, users)
    if (voter === authorId || chosen.has(voter)) continue
    chosen.add(voter)
    out.push([voter, random() < upShare ? 1 : -1])
  }
  return out
}

type Batch = { q: CopyValue[][]; qt: CopyValue[][]; a: CopyValue[][]; c: CopyValue[][]; v: CopyValue[][] }
type Writers = { clients: pg.PoolClient[]; parallel: boolean }

/**
 * As a superuser (the embedded database), three connections COPY at once with foreign-key
 * triggers off (session_replication_role = replica): the rows are consistent by construction.
 * Otherwise one connection writes each batch in one transaction, in foreign-key order.
 */
async function openWriters(pool: pg.Pool): Promise<Writers> {
  const first = await pool.connect()
  const { rows } = await first.query<{ su: boolean }>(
    `select rolsuper as su from pg_roles where rolname = current_user`,
  )
  if (!rows[0]?.su) return { clients: [first], parallel: false }
  const clients = [first, await pool.connect(), await pool.connect()]
  for (const c of clients) await c.query(`set session_replication_role = replica; set synchronous_commit = off`)
  return { clients, parallel: true }
}

const questionColumns = [
  'id',
  'author_id',
  'anon_name',
  'category_id',
  'category1_id',
  'category2_id',
  'category3_id',
  'category4_id',
  'title',
  'slug',
  'body',
  'score',
  'upvotes',
  'downvotes',
  'answer_count',
  'comment_count',
  'accepted_answer_id',
  'view_count',
  'created_at',
  'last_activity_at',
]
const answerColumns = [
  'id',
  'question_id',
  'author_id',
  'body',
  'score',
  'upvotes',
  'downvotes',
  'comment_count',
  'created_at',
]
const commentColumns = ['id', 'question_id', 'answer_id', 'author_id', 'body', 'score', 'created_at']
const voteColumns = ['post_id', 'post_type', 'user_id', 'value', 'created_at', 'updated_at']

async function writeBatch(writers: Writers, b: Batch): Promise<void> {
  if (writers.parallel) {
    const [w1, w2, w3] = writers.clients as [pg.PoolClient, pg.PoolClient, pg.PoolClient]
    await Promise.all([
      copyRows(w1, 'questions', questionColumns, b.q).then(() =>
        copyRows(w1, 'question_tags', ['question_id', 'tag_id'], b.qt),
      ),
      copyRows(w2, 'answers', answerColumns, b.a).then(() => copyRows(w2, 'comments', commentColumns, b.c)),
      copyRows(w3, 'votes', voteColumns, b.v),
    ])
    return
  }
  const [w] = writers.clients as [pg.PoolClient]
  await w.query('begin')
  try {
    await copyRows(w, 'questions', questionColumns, b.q)
    await copyRows(w, 'question_tags', ['question_id', 'tag_id'], b.qt)
    await copyRows(w, 'answers', answerColumns, b.a)
    await copyRows(w, 'comments', commentColumns, b.c)
    await copyRows(w, 'votes', voteColumns, b.v)
    await w.query('commit')
  } catch (err) {
    await w.query('rollback').catch(() => {})
    throw err
  }
}

/** Reserves `n` consecutive ids from the shared post sequence and returns the first. */
async function reserveIds(client: pg.PoolClient, n: number): Promise<number> {
  const { rows } = await client.query<{ first: string }>(
    `select (setval('post_id_seq', nextval('post_id_seq') + $1 - 1) - $1 + 1)::text as first`,
    [n],
  )
  return Number(rows[0]!.first)
}

/**
 * Fills the database with synthetic questions, answers, comments and votes by COPY, batch by
 * batch, with every counter computed as it goes (and category, tag and user totals at the end).
 */
export async function seedScale(
  pool: pg.Pool,
  opts: ScaleOptions,
  onProgress: (questionsDone: number) => void,
): Promise<ScaleTotals> {
  const random = makeRandom(opts.seed)
  const client = await pool.connect()
  const writers = await openWriters(pool)
  const totals: ScaleTotals = { users: 0, questions: 0, answers: 0, comments: 0, votes: 0 }
  try {
    const runTag = opts.seed.toString(36)
    const users = await ensureUsers(client, opts.users, runTag)
    totals.users = users.length
    const categories = await ensureCategories(client)
    const tags = await ensureTags(client)
    const now = Date.now()
    const start = now - SPAN_DAYS * DAY

    let pending: Promise<void> = Promise.resolve()
    for (let done = 0; done < opts.questions; done += opts.batchSize) {
      const n = Math.min(opts.batchSize, opts.questions - done)
      // Decide the shape of the batch first, so its ids can be reserved in one round trip.
      // 15% stay unanswered; the rest get 1..k answers, k chosen so the mean is answersPerQuestion.
      const k = Math.max(1, Math.round((2 * opts.answersPerQuestion) / 0.85 - 1))
      const shape = Array.from({ length: n }, () => {
        const answers = random() < 0.15 ? 0 : 1 + Math.floor(random() * k)
        return { answers, comments: Math.floor(random() * 2) }
      })
      // At most: the question, each answer and its one comment, and the question's comments.
      const postCount = shape.reduce((sum, s) => sum + 1 + s.answers * 2 + s.comments, 0)
      let nextId = await reserveIds(client, postCount)
      const q: CopyValue[][] = [],
        qt: CopyValue[][] = [],
        a: CopyValue[][] = [],
        c: CopyValue[][] = [],
        v: CopyValue[][] = []

      for (let i = 0; i < n; i++) {
        const index = done + i
        const id = nextId++
        const createdAt = new Date(start + ((index + random()) / opts.questions) * (now - start - DAY))
        const author = random() < 0.05 ? null : pick(random, users)
        const category = pick(random, categories)
        const title = syntheticTitle(random, index + 1)
        const qVotes = votesFor(random, users, author, 6, 0.85)
        for (const [voter, value] of qVotes) v.push([id, 'question', voter, value, createdAt, createdAt])
        const qTags = new Set<number>()
        for (let t = 1 + Math.floor(random() * 3); t > 0; t--) qTags.add(pick(random, tags))
        for (const tagId of qTags) qt.push([id, tagId])

        let lastActivity = createdAt.getTime()
        let best: { id: number; score: number } | null = null
        let answerCount = 0
        for (let k = 0; k < shape[i]!.answers; k++) {
          const answerId = nextId++
          const at = new Date(Math.min(now - 60_000, createdAt.getTime() + (k + random()) * 6 * 3600_000))
          const answerAuthor = pick(random, users)
          const aVotes = votesFor(random, users, answerAuthor, 4, 0.8)
          for (const [voter, value] of aVotes) v.push([answerId, 'answer', voter, value, at, at])
          const up = aVotes.filter(([, val]) => val === 1).length
          const down = aVotes.length - up
          const answerComments = random() < 0.3 ? 1 : 0
          for (let m = 0; m < answerComments; m++) {
            c.push([
              nextId++,
              id,
              answerId,
              pick(random, users),
              syntheticBody(random, 1),
              0,
              new Date(at.getTime() + 3600_000),
            ])
          }
          a.push([
            answerId,
            id,
            answerAuthor,
            syntheticBody(random, 2 + Math.floor(random() * 5)),
            up - down,
            up,
            down,
            answerComments,
            at,
          ])
          if (!best || up - down > best.score) best = { id: answerId, score: up - down }
          lastActivity = Math.max(lastActivity, at.getTime())
          answerCount++
        }
        for (let m = 0; m < shape[i]!.comments; m++) {
          c.push([
            nextId++,
            id,
            null,
            pick(random, users),
            syntheticBody(random, 1),
            0,
            new Date(createdAt.getTime() + 1800_000),
          ])
        }
        const up = qVotes.filter(([, val]) => val === 1).length
        const down = qVotes.length - up
        const accepted = best && random() < 0.5 ? best.id : null
        const [c1, c2, c3, c4] = category.lineage
        q.push([
          id,
          author,
          author === null ? 'Anonymous member' : null,
          category.id,
          c1 ?? null,
          c2 ?? null,
          c3 ?? null,
          c4 ?? null,
          title,
          slugify(title),
          syntheticBody(random, 2 + Math.floor(random() * 6)),
          up - down,
          up,
          down,
          answerCount,
          shape[i]!.comments,
          accepted,
          Math.floor(random() * 2000),
          createdAt,
          new Date(lastActivity),
        ])
      }

      // Generating the next batch overlaps with Postgres writing this one.
      await pending
      pending = writeBatch(writers, { q, qt, a, c, v })
      totals.questions += q.length
      totals.answers += a.length
      totals.comments += c.length
      totals.votes += v.length
      onProgress(done)
    }
    await pending
    onProgress(opts.questions)
    return totals
  } finally {
    client.release()
    for (const w of writers.clients) w.release()
  }
}

/** Category and tag totals by set-based aggregation (the per-row recount is too slow at this size). */
export async function recountTaxonomy(pool: pg.Pool): Promise<void> {
  await pool.query(`
    update categories c set question_count = coalesce(x.n, 0)
    from categories c2 left join (
      select cid, count(*)::int as n from (
        select unnest(array[category1_id, category2_id, category3_id, category4_id]) as cid from questions where status = 'visible'
      ) s where cid is not null group by cid
    ) x on x.cid = c2.id
    where c2.id = c.id and c.question_count is distinct from coalesce(x.n, 0)`)
  await pool.query(`
    update tags t set question_count = coalesce(x.n, 0)
    from tags t2 left join (
      select qt.tag_id, count(*)::int as n from question_tags qt join questions q on q.id = qt.question_id and q.status = 'visible' group by qt.tag_id
    ) x on x.tag_id = t2.id
    where t2.id = t.id and t.question_count is distinct from coalesce(x.n, 0)`)
}

/**
 * Search vectors and hot scores for rows written with triggers off (the COPY path), in id ranges
 * on a few connections at once. Rows the triggers already handled are left alone.
 */
export async function indexSearch(pool: pg.Pool, onProgress: (done: number, total: number) => void): Promise<void> {
  const { rows } = await pool.query<{ lo: number | null; hi: number | null }>(
    `select min(id) as lo, max(id) as hi from questions where search_vector is null`,
  )
  const lo = rows[0]?.lo
  const hi = rows[0]?.hi
  if (lo == null || hi == null) return
  const step = 5_000
  const ranges: [number, number][] = []
  for (let from = lo; from <= hi; from += step) ranges.push([from, from + step - 1])
  let done = 0
  const next = async (): Promise<void> => {
    const range = ranges.shift()
    if (!range) return
    await pool.query(
      `update questions set search_vector = question_search_vector(id, title, body),
         title_vector = to_tsvector(askwell_search_config(), title),
         hot_score = question_hot_score(score, answer_count, comment_count, view_count, last_activity_at)
       where id between $1 and $2 and search_vector is null`,
      range,
    )
    onProgress(++done, Math.ceil((hi - lo + 1) / step))
    return next()
  }
  await Promise.all([next(), next(), next()])
}
