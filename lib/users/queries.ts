import 'server-only'
import { and, asc, desc, eq, sql } from 'drizzle-orm'
import { getDb } from '@/db/client'
import { answers, questions, users } from '@/db/schema'
import { iso } from '@/lib/authors'
import type { Page } from '@/lib/questions/types'

export type UserSummary = { id: number; handle: string; name: string; points: number; role: string; joinedAt: string }

export type UserProfile = UserSummary & {
  bio: string
  questionCount: number
  answerCount: number
  acceptedCount: number
}

export type ProfileAnswer = {
  id: number
  score: number
  createdAt: string
  isAccepted: boolean
  question: { id: number; slug: string; title: string }
}

const USERS_PER_PAGE = 36

const summaryColumns = {
  id: users.id,
  handle: users.handle,
  name: users.displayName,
  points: users.points,
  role: users.role,
  joinedAt: users.createdAt,
}

/** Members by points. Suspended members are left out. */
export async function listUsers(page: number): Promise<Page<UserSummary>> {
  const db = getDb()
  const where = eq(users.isSuspended, false)
  const [rows, [count]] = await Promise.all([
    db
      .select(summaryColumns)
      .from(users)
      .where(where)
      .orderBy(desc(users.points), asc(users.id))
      .limit(USERS_PER_PAGE)
      .offset((page - 1) * USERS_PER_PAGE),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(users)
      .where(where),
  ])
  const total = count?.n ?? 0
  return {
    items: rows.map((r) => ({ ...r, joinedAt: iso(r.joinedAt)! })),
    page,
    total,
    pageCount: Math.max(1, Math.ceil(total / USERS_PER_PAGE)),
  }
}

export async function getUserProfile(id: number): Promise<UserProfile | null> {
  const db = getDb()
  const [row] = await db
    .select({
      ...summaryColumns,
      bio: users.bio,
      questionCount: sql<number>`(select count(*)::int from ${questions} where author_id = ${id} and status = 'visible')`,
      answerCount: sql<number>`(select count(*)::int from ${answers} a join ${questions} q on q.id = a.question_id
        where a.author_id = ${id} and a.status = 'visible' and q.status = 'visible')`,
      // Through the answer's own question (its primary key), not a scan for accepted_answer_id.
      acceptedCount: sql<number>`(select count(*)::int from ${answers} a join ${questions} q on q.id = a.question_id and q.accepted_answer_id = a.id
        where a.author_id = ${id} and a.status = 'visible' and q.status = 'visible' and q.author_id is distinct from ${id})`,
    })
    .from(users)
    .where(and(eq(users.id, id), eq(users.isSuspended, false)))
  return row ? { ...row, joinedAt: iso(row.joinedAt)! } : null
}

/** A member's latest visible answers on visible questions. */
export async function listUserAnswers(userId: number, limit = 20): Promise<ProfileAnswer[]> {
  const rows = await getDb()
    .select({
      id: answers.id,
      score: answers.score,
      createdAt: answers.createdAt,
      acceptedAnswerId: questions.acceptedAnswerId,
      questionId: questions.id,
      slug: questions.slug,
      title: questions.title,
    })
    .from(answers)
    .innerJoin(questions, eq(questions.id, answers.questionId))
    .where(and(eq(answers.authorId, userId), eq(answers.status, 'visible'), eq(questions.status, 'visible')))
    .orderBy(desc(answers.createdAt))
    .limit(limit)
  return rows.map((r) => ({
    id: r.id,
    score: r.score,
    createdAt: iso(r.createdAt)!,
    isAccepted: r.acceptedAnswerId === r.id,
    question: { id: r.questionId, slug: r.slug, title: r.title },
  }))
}

export type AccountSettings = { name: string; handle: string; email: string | null; hasPassword: boolean }

/** What the member's own settings page shows: the only page their email appears on. */
export async function getAccountSettings(id: number): Promise<AccountSettings | null> {
  const [row] = await getDb()
    .select({
      name: users.displayName,
      handle: users.handle,
      email: users.email,
      hasPassword: sql<boolean>`${users.passwordHash} is not null`,
    })
    .from(users)
    .where(eq(users.id, id))
  return row ?? null
}
