/**
 * `npm run bench:search -- [--questions 1000000] [--queries 200] [--threads 50] [--no-render]`
 * On the shared benchmark database (seeded by seed:scale up to --questions), times in-process:
 * 200 varied searches (words, phrases, exclusions, filters, later pages), the related-questions
 * query, similar-while-asking and, through the production server, uncached thread renders; then
 * EXPLAINs every list, count and search query the pages make and prints any that reads a table
 * without an index.
 */
import { numberArg, percentile } from './lib/bench-site'
import { BENCH_POSTGRES_SETTINGS, openScaleDatabase, serveScaleSite, timeFirstRequests } from './lib/bench-database'
import { captureQueries, explainAll } from './lib/explain'
import { makeRandom, pick } from '../db/seed/synthetic-text'

const questions = numberArg('questions', 1_000_000)
const queryCount = numberArg('queries', 200)
const threadCount = numberArg('threads', 50)
const render = !process.argv.includes('--no-render')

const words = [
  'sleep',
  'anxious',
  'panic attacks',
  'boundaries',
  'grief',
  'burnout',
  'self-esteem',
  'breakups',
  'lonely',
  'motivation',
  'trust',
  'therapy',
  'medication',
  'jealousy',
  'routine',
  'journaling',
  'partner',
  'mother',
  'colleague',
  'exhausted',
  'guilty',
  'overwhelmed',
  'counsellor',
  'crisis line',
  'argument',
  'evenings',
  'walk',
  'work',
]
const rare = ['xylophone', 'quantum', 'zeppelin', 'origami', 'harpsichord']
const stats = (xs: number[]) =>
  `p50 ${percentile(xs, 50).toFixed(1)} ms · p95 ${percentile(xs, 95).toFixed(1)} ms · p99 ${percentile(xs, 99).toFixed(1)} ms · max ${Math.max(...xs).toFixed(1)} ms (n=${xs.length})`

type Filters = {
  status?: 'answered' | 'unanswered' | 'accepted'
  categoryIndex?: number
  tag?: boolean
  days?: number
  page?: number
}

/** Deterministic, varied queries: 1–4 words, phrases, exclusions, "or", rare words, filters, later pages. */
function makeQueries(n: number, seed = 42): { q: string; filters: Filters }[] {
  const random = makeRandom(seed)
  const out: { q: string; filters: Filters }[] = []
  for (let i = 0; i < n; i++) {
    const kind = i % 10
    const w = () => pick(random, words)
    const q =
      kind === 0
        ? w()
        : kind === 1
          ? `${w()} ${w()}`
          : kind === 2
            ? `"${pick(random, ['work stress', 'panic attacks', 'social anxiety', 'crisis line', 'short walk'])}"`
            : kind === 3
              ? `${w()} -${w()}`
              : kind === 4
                ? `${w()} or ${w()}`
                : kind === 5
                  ? `how do I stop feeling ${pick(random, ['anxious', 'lonely', 'guilty', 'numb'])} about ${w()}`
                  : kind === 6
                    ? pick(random, rare)
                    : `${w()} ${w()} ${w()}`
    const filters: Filters = {}
    if (kind === 7) filters.status = pick(random, ['answered', 'unanswered', 'accepted'] as const)
    if (kind === 8) filters.categoryIndex = Math.floor(random() * 1000)
    if (kind === 9) filters.tag = true
    if (i % 17 === 0) filters.days = 30
    if (i % 13 === 0) filters.page = 2 + Math.floor(random() * 3)
    out.push({ q, filters })
  }
  return out
}

async function time<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const started = performance.now()
  const result = await fn()
  return [performance.now() - started, result]
}

async function main() {
  const embedded = !process.env.DATABASE_URL
  const database = await openScaleDatabase(questions)
  process.env.DATABASE_URL = database.url
  // Imported after DATABASE_URL is set: lib/ reads it on first use.
  const { searchQuestions } = await import('../lib/search/queries')
  const { listRelatedQuestions } = await import('../lib/questions/related-queries')
  const { listSimilarQuestions } = await import('../lib/questions/similar')
  const { listQuestions, questionSorts } = await import('../lib/questions/list-queries')
  const { getThread } = await import('../lib/questions/thread-queries')
  const { listTags, getTag } = await import('../lib/tags/queries')
  const { listUsers, getUserProfile, listUserAnswers } = await import('../lib/users/queries')
  const { listCategoryTree, getCategoryByPath } = await import('../lib/categories/queries')
  const { countVisibleQuestions, listSitemapQuestions, listSitemapFileLastmods } =
    await import('../lib/seo/sitemap-queries')
  const { closeDb } = await import('../db/client')
  const { client } = database
  try {
    await client.query('vacuum analyze')
    const categories = (
      await client.query<{ id: number; depth: number; path: string }>(
        `select id, depth, path from categories order by id`,
      )
    ).rows
    const tags = (
      await client.query<{ id: number; name: string }>(
        `select id, name from tags order by question_count desc limit 20`,
      )
    ).rows
    const sample = (
      await client.query<{ id: number; title: string; author_id: number | null }>(
        `select id, title, author_id from questions tablesample system (1) where status = 'visible' limit ${Math.max(queryCount, threadCount * 2)}`,
      )
    ).rows
    const random = makeRandom(7)

    // Warm the pool and Postgres's caches as a running site's would be, with other queries than the measured ones.
    for (const { q } of makeQueries(queryCount, 43))
      await searchQuestions({
        q,
        truncated: false,
        category: null,
        tag: null,
        status: 'any',
        from: null,
        to: null,
        page: 1,
      })

    const searchTimes: number[] = []
    const slowest: { ms: number; what: string }[] = []
    let zero = 0
    for (const { q, filters } of makeQueries(queryCount)) {
      const category =
        filters.categoryIndex === undefined ? null : categories[filters.categoryIndex % categories.length]!
      const [ms, result] = await time(() =>
        searchQuestions({
          q,
          truncated: false,
          category: category ? { id: category.id, depth: category.depth } : null,
          tag: filters.tag ? pick(random, tags).name : null,
          status: filters.status ?? 'any',
          from: filters.days ? new Date(Date.now() - filters.days * 86_400_000).toISOString().slice(0, 10) : null,
          to: null,
          page: filters.page ?? 1,
        }),
      )
      searchTimes.push(ms)
      slowest.push({
        ms,
        what: `${JSON.stringify(q)} ${JSON.stringify({ ...filters, categoryIndex: undefined, category: category?.path })}`,
      })
      if (result.hits.length === 0) zero++
    }

    const relatedTimes: number[] = []
    const slowRelated: { ms: number; what: string }[] = []
    for (const q of sample.slice(0, queryCount)) {
      const [ms] = await time(() => listRelatedQuestions(q.id))
      relatedTimes.push(ms)
      slowRelated.push({ ms, what: `#${q.id} ${JSON.stringify(q.title)}` })
    }

    const similarTimes: number[] = []
    const slowSimilar: { ms: number; what: string }[] = []
    for (const q of sample.slice(0, queryCount)) {
      // A draft phrased differently from the stored title: a few of its words, in another order.
      const draft = q.title
        .replace(/\(#\d+\)/, '')
        .split(/\s+/)
        .filter(() => random() < 0.7)
        .reverse()
        .join(' ')
      const [ms] = await time(() => listSimilarQuestions(draft || q.title))
      similarTimes.push(ms)
      slowSimilar.push({ ms, what: JSON.stringify(draft || q.title) })
    }

    let renderLine = 'skipped (--no-render)'
    if (render) {
      const server = await serveScaleSite(database)
      try {
        const paths = (
          await client.query<{ id: number; slug: string }>(`select id, slug from questions where id = any($1::int[])`, [
            sample.slice(-threadCount).map((q) => q.id),
          ])
        ).rows.map((r) => `/${r.id}/${r.slug}`)
        renderLine = stats(await timeFirstRequests(server.siteUrl, paths))
      } finally {
        await server.stop()
      }
    }

    // Every query the list, count, search and thread pages make, EXPLAINed at this size.
    const captured: Parameters<typeof captureQueries>[2] = []
    const cat = categories.find((c) => c.depth === 1)!
    const deep = categories.find((c) => c.depth > 1) ?? cat
    const tag = tags[0]!
    const someone = sample.find((q) => q.author_id !== null)?.author_id ?? 1
    for (const sort of questionSorts) {
      for (const filter of [
        { kind: 'all' as const },
        { kind: 'category' as const, id: cat.id, depth: 1 },
        { kind: 'category' as const, id: deep.id, depth: deep.depth },
        { kind: 'tag' as const, id: tag.id, name: tag.name },
      ]) {
        for (const page of [1, 50])
          await captureQueries(
            `list ${filter.kind} ${sort} page ${page}`,
            () => listQuestions({ filter, sort, page }),
            captured,
          )
      }
    }
    for (const sort of ['newest', 'votes'] as const)
      await captureQueries(
        `list unanswered ${sort}`,
        () => listQuestions({ filter: { kind: 'unanswered' }, sort, page: 1 }),
        captured,
      )
    await captureQueries(
      'list author',
      () => listQuestions({ filter: { kind: 'author', id: someone }, sort: 'newest', page: 1 }),
      captured,
    )
    for (const [label, q] of [
      ['search word', 'sleep'],
      ['search phrase', '"work stress"'],
      ['search exclusion', 'therapy -medication'],
      ['search rare', 'xylophone'],
    ] as const) {
      await captureQueries(
        label,
        () =>
          searchQuestions({
            q,
            truncated: false,
            category: null,
            tag: null,
            status: 'any',
            from: null,
            to: null,
            page: 1,
          }),
        captured,
      )
    }
    await captureQueries(
      'search filtered',
      () =>
        searchQuestions({
          q: 'grief',
          truncated: false,
          category: { id: cat.id, depth: 1 },
          tag: tag.name,
          status: 'answered',
          from: '2020-01-01',
          to: null,
          page: 2,
        }),
      captured,
    )
    await captureQueries('related', () => listRelatedQuestions(sample[0]!.id), captured)
    await captureQueries('similar', () => listSimilarQuestions('how do I stop feeling anxious about sleep'), captured)
    await captureQueries('thread', () => getThread(sample[0]!.id), captured)
    await captureQueries('tags', () => listTags(1), captured)
    await captureQueries('tag', () => getTag(tag.name), captured)
    await captureQueries('users', () => listUsers(1), captured)
    await captureQueries(
      'user profile',
      () => Promise.all([getUserProfile(someone), listUserAnswers(someone)]),
      captured,
    )
    await captureQueries('categories', () => Promise.all([listCategoryTree(), getCategoryByPath(deep.path)]), captured)
    await captureQueries(
      'sitemap',
      () => Promise.all([countVisibleQuestions(), listSitemapQuestions(1), listSitemapFileLastmods()]),
      captured,
    )
    const reports = await explainAll(client, captured)
    // A sequential scan is right for a table of a few hundred rows (categories, settings).
    const smallTable = (rows: number) => rows < 1_000
    const bad = reports.filter((r) => r.seqScans.some((s) => !smallTable(s.rows)))
    const small = reports.filter((r) => r.seqScans.length > 0 && !bad.includes(r))

    console.log('\n=== bench:search ===')
    console.log(
      `database              ${database.questions.toLocaleString('en')} questions${
        !embedded
          ? ''
          : ` (embedded Postgres, ${Object.entries(BENCH_POSTGRES_SETTINGS)
              .map(([k, v]) => `${k} ${v}`)
              .join(', ')})`
      }`,
    )
    console.log(`search                ${stats(searchTimes)}; ${zero} of ${searchTimes.length} found nothing`)
    for (const s of slowest.sort((a, b) => b.ms - a.ms).slice(0, 5))
      console.log(`  slowest  ${s.ms.toFixed(0)} ms  ${s.what}`)
    console.log(`related questions     ${stats(relatedTimes)}`)
    for (const s of slowRelated.sort((a, b) => b.ms - a.ms).slice(0, 3))
      console.log(`  slowest  ${s.ms.toFixed(0)} ms  ${s.what}`)
    console.log(`similar while asking  ${stats(similarTimes)}`)
    for (const s of slowSimilar.sort((a, b) => b.ms - a.ms).slice(0, 3))
      console.log(`  slowest  ${s.ms.toFixed(0)} ms  ${s.what}`)
    console.log(`uncached thread       ${renderLine}`)
    console.log(
      `EXPLAIN               ${reports.length} distinct statements from ${new Set(reports.map((r) => r.label)).size} page reads; ${bad.length} read a large table without an index`,
    )
    for (const r of bad)
      console.log(
        `  NO INDEX  ${r.label}: ${r.seqScans.map((s) => `seq scan on ${s.table} (~${s.rows} rows)`).join(', ')}\n            ${r.sql.slice(0, 300)}`,
      )
    const smallTables = [...new Set(small.flatMap((r) => r.seqScans.map((s) => s.table)))]
    if (smallTables.length)
      console.log(
        `  (sequential scans of small tables, which is right for them: ${smallTables.join(', ')}; in ${small.length} statements)`,
      )
    if (process.argv.includes('--verbose'))
      for (const r of reports) console.log(`  ${r.label}: ${r.indexes.join(', ') || '(no index)'}`)
  } finally {
    await closeDb()
    await database.stop()
  }
}

main().catch((err: unknown) => {
  console.error(err)
  process.exit(1)
})
