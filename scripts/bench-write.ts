/**
 * `npm run bench:write [-- --voters 200 --answers 100 --writers 4 --rounds 10 --connections 32]`:
 * the write path through the real server actions over HTTP, against a production build on a demo
 * database in .data/bench (or DATABASE_URL). Votes as the page's script sends them (votes/s, p99,
 * final score checked exact) and a burst of concurrent answers (answers/s). Then, while autocannon
 * reads cached threads over 32 connections, `writers` members at once post answers and comments on
 * answers, as plain form posts (no JavaScript: the 303 is followed with the author's cookie) and as
 * the page's script posts them (the redirect target's page comes back in the response). For each:
 * save time, author-sees-it delay (the page the author lands on shows the post; how many did at
 * once) and everyone-sees-it delay (an anonymous GET of the cached thread shows it), p50/p99,
 * both counted from the save's response.
 */
import { encode } from 'next-auth/jwt'
import { hiddenFields } from './lib/html-form'
import { numberArg as arg, percentile as pct, startBenchSite } from './lib/bench-site'
import { startReadLoad } from './lib/read-load'

const voters = arg('voters', 200)
const answers = arg('answers', 100)
const writers = arg('writers', 4)
const rounds = arg('rounds', 10)
const connections = arg('connections', 32)
/** A write nobody sees within this long counts as never seen. */
const GIVE_UP_MS = 120_000

type Form = ReturnType<typeof hiddenFields>
type Seen = { saveMs: number; authorMs: number; authorAtOnce: boolean; everyoneMs: number }
const SERIES = [
  'answer, no JavaScript',
  'answer, with JavaScript',
  'comment on an answer, no JavaScript',
  'comment on an answer, with JavaScript',
] as const
type Series = (typeof SERIES)[number]

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
const shows = async (url: string, text: string, cookie?: string) =>
  (await (await fetch(url, { headers: cookie ? { cookie } : {} })).text()).includes(text)

/** Polls until `check` holds; the milliseconds since `since`, or GIVE_UP_MS when it never did. */
async function timeUntil(since: number, check: () => Promise<boolean>): Promise<number> {
  while (performance.now() - since < GIVE_UP_MS) {
    if (await check()) return performance.now() - since
    await sleep(20)
  }
  return GIVE_UP_MS
}

async function main() {
  const site = await startBenchSite('write')
  const { db, siteUrl } = site
  try {
    const tag = Date.now().toString(36)
    const { rows: members } = await db.query<{ id: number }>(
      `insert into users (handle, display_name, email, email_verified_at) select 'bw-' || $1 || '-' || n, 'Bench ' || n, 'bw-' || $1 || '-' || n || '@bench.invalid', now()
       from generate_series(1, $2::int) n returning id`,
      [tag, Math.max(voters, answers) + writers * rounds * SERIES.length],
    )
    const cookies = await Promise.all(
      members.map(
        async (m) =>
          `authjs.session-token=${await encode({ token: { sub: String(m.id) }, secret: site.authSecret, salt: 'authjs.session-token' })}`,
      ),
    )

    const {
      rows: [q],
    } = await db.query<{ id: number; slug: string; score: number }>(
      `select id, slug, score from questions where status = 'visible' and closed_at is null order by id limit 1`,
    )
    const threadUrl = `${siteUrl}/${q!.id}/${q!.slug}`
    const html = await (await fetch(threadUrl)).text()
    const ip = (i: number) => `10.${i >> 16}.${(i >> 8) & 255}.${i & 255}`
    const post = (form: Form, extra: Record<string, string>, i: number) => {
      const body = new FormData()
      for (const [k, v] of form.fields) body.append(k, v)
      for (const [k, v] of Object.entries(extra)) body.set(k, v)
      return fetch(new URL(form.action, siteUrl), {
        method: 'POST',
        body,
        redirect: 'manual',
        headers: { cookie: cookies[i]!, 'x-forwarded-for': ip(i), origin: siteUrl },
      })
    }
    // As the page's script sends a form: the action's id in Next-Action and its arguments (previous
    // state, then the form) in the body, posted to the page the form is on.
    const postWithScript = (pageUrl: string, form: Form, extra: Record<string, string>, i: number) => {
      const actionId = (JSON.parse(form.fields.find(([k]) => /^\$ACTION_\d+:0$/.test(k))![1]) as { id: string }).id
      const body = new FormData()
      for (const [k, v] of form.fields) body.append(`_1_${k}`, v)
      for (const [k, v] of Object.entries(extra)) body.set(`_1_${k}`, v)
      body.set('0', JSON.stringify([{ status: 'idle' }, '$K1']))
      return fetch(pageUrl, {
        method: 'POST',
        body,
        headers: {
          'next-action': actionId,
          accept: 'text/x-component',
          cookie: cookies[i]!,
          'x-forwarded-for': ip(i),
          origin: siteUrl,
        },
      })
    }

    // Votes: every voter at once on the same question.
    const voteForm = hiddenFields(html, /aria-label="Vote on the question"/)
    const castVote = (i: number) => postWithScript(threadUrl, voteForm, { direction: 'up', mode: 'set' }, i)
    const latencies: number[] = []
    const started = performance.now()
    const statuses = await Promise.all(
      Array.from({ length: voters }, async (_, i) => {
        const t = performance.now()
        const res = await castVote(i)
        await res.arrayBuffer()
        latencies.push(performance.now() - t)
        return res.status
      }),
    )
    const voteSeconds = (performance.now() - started) / 1000
    const {
      rows: [after],
    } = await db.query<{ score: number; n: string }>(
      `select q.score, (select count(*) from votes v where v.post_id = q.id) as n from questions q where q.id = $1`,
      [q!.id],
    )
    const voteShownAt = performance.now()
    while (!(await (await fetch(threadUrl)).text()).includes(`aria-busy="false">${q!.score + voters}<`))
      await new Promise((r) => setTimeout(r, 5))
    const voteVisibleMs = performance.now() - voteShownAt

    // Answers: many members at once.
    const answerForm = hiddenFields(html, /#answer-form"/)
    const answerStarted = performance.now()
    const answerStatuses = await Promise.all(
      Array.from({ length: answers }, (_, i) =>
        post(answerForm, { body: `Bench answer ${tag} number ${i}, long enough.` }, i).then((r) => r.status),
      ),
    )
    const answerSeconds = (performance.now() - answerStarted) / 1000

    // Under read load. The threads written to are among those read, and take a quarter of the reads;
    // they are the least answered ones (with an answer to comment on), so runs stay comparable.
    const { rows: threads } = await db.query<{ id: number; slug: string; answerId: number | null }>(
      `select q.id, q.slug, (select min(a.id) from answers a where a.question_id = q.id and a.status = 'visible') as "answerId"
         from questions q where q.status = 'visible' and q.closed_at is null and q.id <> $1 order by q.answer_count, q.id limit 300`,
      [q!.id],
    )
    const written = await Promise.all(
      threads
        .filter((t) => t.answerId !== null)
        .slice(0, 2)
        .map(async (t) => {
          const url = `${siteUrl}/${t.id}/${t.slug}`
          const page = await (await fetch(url)).text()
          return {
            id: t.id,
            url,
            answer: hiddenFields(page, /#answer-form"/),
            comment: hiddenFields(page, /action=/, `name="parentId" value="${t.answerId}"`),
          }
        }),
    )
    const others = threads
      .filter((t) => !written.some((w) => w.id === t.id))
      .slice(0, 200)
      .map((t) => `/${t.id}/${t.slug}`)
    const paths = others.flatMap((p, n) =>
      n % 3 === 2 ? [p, new URL(written[n % written.length]!.url).pathname] : [p],
    )
    for (let n = 0; n < paths.length; n += 16)
      await Promise.all(paths.slice(n, n + 16).map((p) => fetch(siteUrl + p).then((r) => r.arrayBuffer())))

    const measure = async (series: Series, t: (typeof written)[number], i: number): Promise<Seen> => {
      const text = `Visibility check ${tag}-${i}.`
      const values = { body: `${text} Long enough to post.` }
      const withScript = series.endsWith('with JavaScript')
      const form = series.startsWith('comment') ? t.comment : t.answer
      const started = performance.now()
      const res = withScript ? await postWithScript(t.url, form, values, i) : await post(form, values, i)
      const body = await res.text()
      const saved = performance.now()
      // Without JavaScript a 303 to the new post; with it, the redirect target's page in the response.
      const target = withScript ? res.headers.get('x-action-redirect')?.split(';')[0] : res.headers.get('location')
      if (!target) throw new Error(`${series}: HTTP ${res.status} without a redirect: ${body.slice(0, 300)}`)
      const landing = new URL(target, siteUrl)
      landing.hash = ''
      const everyone = timeUntil(saved, () => shows(t.url, text))
      const inResponse = withScript && body.includes(text)
      const authorAtOnce = inResponse || (await shows(landing.href, text, cookies[i]))
      const authorMs = inResponse
        ? 0
        : authorAtOnce
          ? performance.now() - saved
          : await timeUntil(saved, () => shows(landing.href, text, cookies[i]))
      return { saveMs: saved - started, authorMs, authorAtOnce, everyoneMs: await everyone }
    }

    const seen = new Map<Series, Seen[]>(SERIES.map((series) => [series, []]))
    let member = Math.max(voters, answers)
    console.log(`Writing under a read load of ${connections} connections (${writers} writers, ${rounds} rounds)…`)
    const load = await startReadLoad({ siteUrl, paths, connections })
    await sleep(2000)
    await Promise.all(
      Array.from({ length: writers }, async (_, w) => {
        for (let r = 0; r < rounds; r++)
          for (const series of SERIES)
            seen.get(series)!.push(await measure(series, written[w % written.length]!, member++))
      }),
    )
    const reads = await load.stop()

    console.log('\n=== bench:write ===')
    console.log(
      `votes                 ${voters} concurrent voters: ${(voters / voteSeconds).toFixed(0)} votes/s, p50 ${pct(latencies, 50).toFixed(0)} ms, p99 ${pct(latencies, 99).toFixed(0)} ms (HTTP ${[...new Set(statuses)].join('/')})`,
    )
    console.log(`score in cached page  ${voteVisibleMs.toFixed(0)} ms after the last vote's response`)
    console.log(
      `score check           expected ${q!.score + voters}, got ${after!.score} with ${after!.n} vote rows: ${after!.score === q!.score + voters ? 'exact' : 'WRONG'}`,
    )
    console.log(
      `answers               ${answers} concurrent: ${(answers / answerSeconds).toFixed(1)} answers/s (HTTP ${[...new Set(answerStatuses)].join('/')})`,
    )
    console.log(
      `\n=== bench:write, under read load: ${writers} writers at once on ${written.length} threads that readers read too ===`,
    )
    console.log(
      `read load             ${connections} connections on ${others.length + written.length} cached threads: ${reads.requestsPerSecond.toFixed(0)} req/s, p50 ${reads.p50} ms, p99 ${reads.p99} ms (non-2xx ${reads.non2xx}, errors ${reads.errors}; ${Object.entries(
        reads.cache,
      )
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')})`,
    )
    const ms = (xs: number[], p: number) => `${pct(xs, p) >= GIVE_UP_MS ? 'never' : `${pct(xs, p).toFixed(0)} ms`}`
    const fig = (xs: number[]) => `p50 ${ms(xs, 50)}, p99 ${ms(xs, 99)}`
    for (const series of SERIES) {
      const xs = seen.get(series)!
      const never = xs.filter((x) => x.everyoneMs >= GIVE_UP_MS || x.authorMs >= GIVE_UP_MS).length
      console.log(`${series} (${xs.length})`)
      console.log(`  save                ${fig(xs.map((x) => x.saveMs))}`)
      console.log(
        `  author sees it      ${fig(xs.map((x) => x.authorMs))}; on the page they landed on: ${xs.filter((x) => x.authorAtOnce).length}/${xs.length}`,
      )
      console.log(
        `  everyone sees it    ${fig(xs.map((x) => x.everyoneMs))}${never ? `; not within ${GIVE_UP_MS / 1000} s: ${never}` : ''}`,
      )
    }
  } finally {
    await site.stop()
  }
}

main().catch((err: unknown) => {
  console.error(err)
  process.exit(1)
})
