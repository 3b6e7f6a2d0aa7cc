/**
 * `npm run bench:write [-- --voters 200 --answers 100]`: the write path through the real server
 * actions over HTTP, against a
 * production build on a demo database in .data/bench (or DATABASE_URL): votes as the page's script
 * sends them, answers as plain form posts (as without JavaScript). Prints votes/s and p99
 * with concurrent voters (final score checked exact), answers/s, and the time until an answer
 * appears in the anonymous, cached thread page.
 */
import { encode } from 'next-auth/jwt'
import { hiddenFields } from './lib/html-form'
import { numberArg as arg, percentile as pct, startBenchSite } from './lib/bench-site'

const voters = arg('voters', 200)
const answers = arg('answers', 100)

async function main() {
  const site = await startBenchSite('write')
  const { db, siteUrl } = site
  try {
    const tag = Date.now().toString(36)
    const { rows: members } = await db.query<{ id: number }>(
      `insert into users (handle, display_name, email, email_verified_at) select 'bw-' || $1 || '-' || n, 'Bench ' || n, 'bw-' || $1 || '-' || n || '@bench.invalid', now()
       from generate_series(1, $2::int) n returning id`,
      [tag, Math.max(voters, answers)],
    )
    const cookies = await Promise.all(members.map(async (m) => `authjs.session-token=${await encode({ token: { sub: String(m.id) }, secret: site.authSecret, salt: 'authjs.session-token' })}`))

    const { rows: [q] } = await db.query<{ id: number; slug: string; score: number }>(`select id, slug, score from questions where status = 'visible' and closed_at is null order by id limit 1`)
    const threadUrl = `${siteUrl}/${q!.id}/${q!.slug}`
    const html = await (await fetch(threadUrl)).text()
    const post = (form: ReturnType<typeof hiddenFields>, extra: Record<string, string>, i: number) => {
      const body = new FormData()
      for (const [k, v] of form.fields) body.append(k, v)
      for (const [k, v] of Object.entries(extra)) body.set(k, v)
      return fetch(new URL(form.action, siteUrl), { method: 'POST', body, redirect: 'manual', headers: { cookie: cookies[i]!, 'x-forwarded-for': `10.0.${i >> 8}.${i & 255}`, origin: siteUrl } })
    }

    // Votes: every voter at once on the same question, sent as the page's script sends them: the
    // action's id in Next-Action and its arguments (previous state, then the form) in the body.
    const voteForm = hiddenFields(html, /aria-label="Vote on the question"/)
    const actionId = (JSON.parse(voteForm.fields.find(([k]) => /^\$ACTION_\d+:0$/.test(k))![1]) as { id: string }).id
    const castVote = (i: number) => {
      const body = new FormData()
      for (const [k, v] of voteForm.fields) body.append(`_1_${k}`, v)
      for (const [k, v] of Object.entries({ direction: 'up', mode: 'set' })) body.set(`_1_${k}`, v)
      body.set('0', JSON.stringify([{ status: 'idle' }, '$K1']))
      return fetch(threadUrl, { method: 'POST', body, headers: { 'next-action': actionId, accept: 'text/x-component', cookie: cookies[i]!, 'x-forwarded-for': `10.0.${i >> 8}.${i & 255}`, origin: siteUrl } })
    }
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
    const { rows: [after] } = await db.query<{ score: number; n: string }>(`select q.score, (select count(*) from votes v where v.post_id = q.id) as n from questions q where q.id = $1`, [q!.id])
    const voteShownAt = performance.now()
    while (!(await (await fetch(threadUrl)).text()).includes(`aria-busy="false">${q!.score + voters}<`)) await new Promise((r) => setTimeout(r, 5))
    const voteVisibleMs = performance.now() - voteShownAt

    // Answers: many members at once, then one at a time until each shows in the cached page.
    const answerForm = hiddenFields(html, /#answer-form"/)
    const answerStarted = performance.now()
    const answerStatuses = await Promise.all(Array.from({ length: answers }, (_, i) => post(answerForm, { body: `Bench answer ${tag} number ${i}, long enough.` }, i).then((r) => r.status)))
    const answerSeconds = (performance.now() - answerStarted) / 1000
    const visible: number[] = []
    for (let i = 0; i < 100; i++) {
      const text = `Freshness check ${tag} ${i}`
      const t = performance.now()
      await post(answerForm, { body: `${text}, long enough.` }, i % members.length)
      while (!(await (await fetch(threadUrl)).text()).includes(text)) await new Promise((r) => setTimeout(r, 5))
      visible.push(performance.now() - t)
    }
    const cache = (await fetch(threadUrl)).headers.get('x-nextjs-cache')

    console.log('\n=== bench:write ===')
    console.log(`votes                 ${voters} concurrent voters: ${(voters / voteSeconds).toFixed(0)} votes/s, p50 ${pct(latencies, 50).toFixed(0)} ms, p99 ${pct(latencies, 99).toFixed(0)} ms (HTTP ${[...new Set(statuses)].join('/')})`)
    console.log(`score in cached page  ${voteVisibleMs.toFixed(0)} ms after the last vote's response`)
    console.log(`score check           expected ${q!.score + voters}, got ${after!.score} with ${after!.n} vote rows: ${after!.score === q!.score + voters ? 'exact' : 'WRONG'}`)
    console.log(`answers               ${answers} concurrent: ${(answers / answerSeconds).toFixed(1)} answers/s (HTTP ${[...new Set(answerStatuses)].join('/')})`)
    console.log(`answer → cached page  p50 ${pct(visible, 50).toFixed(0)} ms, p99 ${pct(visible, 99).toFixed(0)} ms over ${visible.length} answers (then x-nextjs-cache: ${cache})`)
  } finally {
    await site.stop()
  }
}

main().catch((err: unknown) => {
  console.error(err)
  process.exit(1)
})
