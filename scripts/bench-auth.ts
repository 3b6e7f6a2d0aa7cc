/**
 * `npm run bench:auth [-- --rounds 40]`: whether sign-in, sign-up and password reset give away
 * which emails have accounts. Posts each form (as a browser without JavaScript does) for known
 * and unknown addresses in turn, and prints the answers' status codes and timings side by side.
 */
import { hashPassword } from '../lib/auth/password'
import { hiddenFields } from './lib/html-form'
import { numberArg, percentile, startBenchSite } from './lib/bench-site'

const rounds = numberArg('rounds', 40)

type Flow = { name: string; page: string; section: string; fields: (email: string) => Record<string, string> }

const flows: Flow[] = [
  {
    name: 'password sign-in',
    page: '/sign-in',
    section: 'id="password-heading"',
    fields: (email) => ({ email, password: 'not-the-password-123' }),
  },
  { name: 'email sign-in link', page: '/sign-in', section: 'id="link-heading"', fields: (email) => ({ email }) },
  {
    name: 'sign-up',
    page: '/sign-up',
    section: '<main',
    fields: (email) => ({ name: 'Bench Person', email, password: 'a-new-password-123' }),
  },
  { name: 'password reset', page: '/reset-password', section: '<main', fields: (email) => ({ email }) },
]

async function main() {
  const site = await startBenchSite('auth')
  const { db, siteUrl } = site
  try {
    const tag = Date.now().toString(36)
    const hash = await hashPassword('the-real-password-123')
    const { rows: known } = await db.query<{ email: string }>(
      `insert into users (handle, display_name, email, email_verified_at, password_hash)
       select 'ba-' || $1 || '-' || n, 'Bench ' || n, 'ba-' || $1 || '-' || n || '@bench.invalid', now(), $3
       from generate_series(1, $2::int) n returning email`,
      [tag, rounds * flows.length, hash],
    )
    let client = 0
    const post = async (flow: Flow, email: string) => {
      const html = await (await fetch(siteUrl + flow.page)).text()
      const form = hiddenFields(html.slice(html.indexOf(flow.section)), /action=/)
      const body = new FormData()
      for (const [k, v] of form.fields) body.append(k, v)
      for (const [k, v] of Object.entries(flow.fields(email))) body.set(k, v)
      client++
      const started = performance.now()
      const res = await fetch(new URL(form.action, siteUrl + flow.page), {
        method: 'POST',
        body,
        redirect: 'manual',
        headers: { origin: siteUrl, 'x-forwarded-for': `10.9.${client >> 8}.${client & 255}` },
      })
      await res.arrayBuffer()
      return { ms: performance.now() - started, status: res.status }
    }
    console.log('\n=== bench:auth ===')
    console.log(`${rounds} rounds per flow, known and unknown addresses alternating; times in ms (p50 / p90)`)
    let k = 0
    for (const flow of flows) {
      const times = { known: [] as number[], unknown: [] as number[] }
      const statuses = { known: new Set<number>(), unknown: new Set<number>() }
      // One warm-up pair, so the first compile or connection is not counted.
      await post(flow, known[k]!.email)
      await post(flow, `warm-${tag}@nobody.invalid`)
      for (let i = 0; i < rounds; i++) {
        const order = i % 2 === 0 ? (['known', 'unknown'] as const) : (['unknown', 'known'] as const)
        for (const which of order) {
          const email =
            which === 'known'
              ? known[k++ % known.length]!.email
              : `nobody-${tag}-${flow.name.length}-${i}@nobody.invalid`
          const r = await post(flow, email)
          times[which].push(r.ms)
          statuses[which].add(r.status)
        }
      }
      const p = (xs: number[]) => `${percentile(xs, 50).toFixed(0)} / ${percentile(xs, 90).toFixed(0)}`
      const gap = percentile(times.known, 50) - percentile(times.unknown, 50)
      const sameAnswer = [...statuses.known].join('/') === [...statuses.unknown].join('/')
      console.log(
        `${flow.name.padEnd(20)} known ${p(times.known).padEnd(11)} unknown ${p(times.unknown).padEnd(11)} p50 gap ${gap >= 0 ? '+' : ''}${gap.toFixed(0)} ms · HTTP ${[...statuses.known].join('/')} vs ${[...statuses.unknown].join('/')}${sameAnswer ? ' (same)' : ' (DIFFERENT)'}`,
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
