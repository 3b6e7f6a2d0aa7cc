import { sql } from 'drizzle-orm'
import { bigint, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core'
import { mailStatus } from './enums'
import { users } from './users'

/**
 * The outbox: one row per mail to send, written in the same transaction as the post or digest that
 * caused it. The worker moves pending rows into the job queue (pg-boss) in one transaction, so a
 * message is queued exactly once; `key` is its idempotency key (and its Message-ID).
 */
export const mailMessages = pgTable(
  'mail_messages',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    key: text('key').notNull(),
    userId: integer('user_id').references(() => users.id, { onDelete: 'cascade' }),
    /** For anonymous posters (no account): the address they left. */
    toEmail: text('to_email'),
    /** notification | digest | anonymous */
    kind: text('kind').notNull(),
    /** What the template needs: notification ids, or the event for an anonymous poster. */
    payload: jsonb('payload').notNull(),
    status: mailStatus('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    /** The worker (mail_workers.id) sending it while status is 'sending'. */
    claimedBy: text('claimed_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('mail_messages_key').on(t.key),
    index('mail_messages_pending_idx')
      .on(t.id)
      .where(sql`status = 'pending'`),
    index('mail_messages_status_idx').on(t.status, t.updatedAt.desc().nullsFirst()),
  ],
)

/** Addresses without an account that asked for no more mail (anonymous posters' stop links). */
export const mailSuppressions = pgTable('mail_suppressions', {
  email: text('email').primaryKey(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
})

/**
 * One row per running mail worker process, refreshed every few seconds: /admin/mail reads whether
 * a worker is alive, and when one last sent, from here, since the workers and the web servers may
 * be different processes on different machines.
 */
export const mailWorkers = pgTable('mail_workers', {
  id: text('id').primaryKey(),
  host: text('host').notNull(),
  pid: integer('pid').notNull(),
  startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
  beatAt: timestamp('beat_at', { withTimezone: true }).notNull(),
  /** Set by a worker that stopped on purpose: gone at once, its last sending time still shown. */
  stoppedAt: timestamp('stopped_at', { withTimezone: true }),
  lastSentAt: timestamp('last_sent_at', { withTimezone: true }),
  sentCount: bigint('sent_count', { mode: 'number' }).notNull().default(0),
})
