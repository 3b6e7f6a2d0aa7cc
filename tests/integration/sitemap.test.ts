import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { countVisibleQuestions, listSitemapFileLastmods, listSitemapQuestions } from '@/lib/seo/sitemap-queries'
import { sitemapIds } from '@/lib/seo/sitemap'
import { createAnswer, createQuestion, recount } from '../factories/community'
import { closeDb, resetDatabase } from '../factories/db'

const T0 = Date.parse('2025-04-01T00:00:00.000Z')
const day = (n: number) => new Date(T0 + n * 86_400_000)
const PER_FILE = 3

type Made = { id: number; slug: string; lastmod: string }
let visible: Made[] = []

/**
 * Seven visible questions with hidden, deleted and pending ones between them, so files must be
 * cut by position among visible questions, not by id range. Each lastmod is chosen so that only
 * the right column (last activity, a later edit, or a later answer) gives it.
 */
beforeAll(async () => {
  await resetDatabase()
  const plan: {
    lastActivity: number
    edited?: number
    answer?: number
    invisibleAfter?: 'hidden' | 'deleted' | 'pending'
  }[] = [
    { lastActivity: 5, invisibleAfter: 'hidden' },
    { lastActivity: 2, edited: 9 },
    { lastActivity: 1, invisibleAfter: 'deleted' },
    { lastActivity: 3, answer: 12 },
    { lastActivity: 4, edited: 6, invisibleAfter: 'pending' },
    { lastActivity: 8 },
    { lastActivity: 7, edited: 2 },
  ]
  for (const [i, p] of plan.entries()) {
    const q = await createQuestion({
      title: `Sitemap question ${i + 1}`,
      createdAt: day(0),
      lastActivityAt: day(p.lastActivity),
      editedAt: p.edited === undefined ? null : day(p.edited),
    })
    if (p.answer !== undefined) await createAnswer(q.id, { createdAt: day(p.answer) })
    const lastmod = Math.max(p.lastActivity, p.edited ?? 0, p.answer ?? 0)
    visible.push({ id: q.id, slug: q.slug, lastmod: day(lastmod).toISOString() })
    if (p.invisibleAfter) await createQuestion({ status: p.invisibleAfter, lastActivityAt: day(50), editedAt: day(60) })
  }
  await recount()
})

afterAll(async () => {
  visible = []
  await closeDb()
})

describe('sitemap queries', () => {
  it('counts only visible questions', async () => {
    expect(await countVisibleQuestions()).toBe(7)
  })

  it('splits visible questions into disjoint files in id order that cover each exactly once', async () => {
    const count = await countVisibleQuestions()
    const fileIds = sitemapIds(count, PER_FILE).slice(1)
    expect(fileIds).toEqual([1, 2, 3])
    const files = []
    for (const id of fileIds) files.push(await listSitemapQuestions(id, PER_FILE))
    expect(files.map((f) => f.length)).toEqual([3, 3, 1])
    const all = files.flat()
    expect(all.map((q) => q.id)).toEqual(visible.map((q) => q.id))
    expect(new Set(all.map((q) => q.id)).size).toBe(7)
    expect(all).toEqual(visible)
    expect(await listSitemapQuestions(4, PER_FILE)).toEqual([])
  })

  it('puts every visible question in file 1 at the default size', async () => {
    expect((await listSitemapQuestions(1)).map((q) => q.id)).toEqual(visible.map((q) => q.id))
    expect(await listSitemapQuestions(2)).toEqual([])
  })

  it('gives each file the newest lastmod of its questions', async () => {
    const lastmods = await listSitemapFileLastmods(PER_FILE)
    const newest = (slice: Made[]) =>
      slice
        .map((q) => q.lastmod)
        .sort()
        .at(-1)
    expect([...lastmods.entries()]).toEqual([
      [1, newest(visible.slice(0, 3))],
      [2, newest(visible.slice(3, 6))],
      [3, newest(visible.slice(6))],
    ])
    expect(lastmods.get(1)).toBe(day(9).toISOString())
    expect(lastmods.get(2)).toBe(day(12).toISOString())
    expect(lastmods.get(3)).toBe(day(7).toISOString())
    expect([...(await listSitemapFileLastmods()).entries()]).toEqual([[1, day(12).toISOString()]])
  })
})
