/**
 * `npm run seed:scale -- --questions 100000 [--users N] [--answers 3] [--batch 5000] [--seed 7]`
 * Fills DATABASE_URL (or the embedded database in .data/ when unset; stop `npm start` first) with
 * synthetic questions, answers, comments, votes and users, by COPY in large batches.
 */
import path from 'node:path'
import { drizzle } from 'drizzle-orm/node-postgres'
import { createPool } from '../db/client'
import { recomputeCounters } from '../db/counters'
import { indexSearch, recountTaxonomy, seedScale } from '../db/seed/scale'
import { openAppDatabase } from './lib/database'
import { progressBar } from './lib/progress'

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`)
  if (i === -1) return fallback
  const value = Number(process.argv[i + 1])
  if (!Number.isInteger(value) || value < 0) {
    console.error(`--${name} needs a whole number, got "${process.argv[i + 1] ?? ''}"`)
    process.exit(2)
  }
  return value
}

const questions = arg('questions', 100_000)
const options = {
  questions,
  users: arg('users', Math.max(200, Math.min(50_000, Math.round(questions / 20)))),
  answersPerQuestion: arg('answers', 3),
  batchSize: arg('batch', 5_000),
  seed: arg('seed', Date.now() % 1_000_000_007),
}

const db = await openAppDatabase(path.resolve('.data'))
const pool = createPool(db.url, 4)
try {
  console.log(
    `Seeding ${questions.toLocaleString('en')} questions (~${options.answersPerQuestion} answers each) and ${options.users.toLocaleString('en')} users…`,
  )
  const bar = progressBar('questions', questions, 'q')
  const started = Date.now()
  const totals = await seedScale(pool, options, (done) => bar.update(done))
  bar.done(totals.questions)
  const seconds = (Date.now() - started) / 1000
  process.stdout.write('Recounting categories, tags and points… ')
  const recountStarted = Date.now()
  // Fresh statistics first: the recount's plans depend on them.
  await pool.query('analyze')
  await recountTaxonomy(pool)
  await recomputeCounters(drizzle(pool), undefined, ['users'])
  console.log(`${((Date.now() - recountStarted) / 1000).toFixed(1)}s`)
  process.stdout.write('Building search vectors… ')
  const searchStarted = Date.now()
  await indexSearch(pool, (done, total) =>
    done % 20 === 0 ? process.stdout.write(`${Math.round((done / total) * 100)}% `) : undefined,
  )
  console.log(`${((Date.now() - searchStarted) / 1000).toFixed(1)}s`)
  console.log(
    `Inserted ${totals.questions.toLocaleString('en')} questions, ${totals.answers.toLocaleString('en')} answers, ${totals.comments.toLocaleString('en')} comments, ` +
      `${totals.votes.toLocaleString('en')} votes, ${totals.users.toLocaleString('en')} users in ${seconds.toFixed(1)}s ` +
      `(${Math.round(totals.questions / seconds).toLocaleString('en')} questions/s).`,
  )
} finally {
  await pool.end()
  await db.embedded?.stop()
}
