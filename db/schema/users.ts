import { sql } from 'drizzle-orm'
import { boolean, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core'
import { emailCadence, userRole } from './enums'

export const users = pgTable(
  'users',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    handle: text('handle').notNull(),
    displayName: text('display_name').notNull(),
    /** Private: never rendered, never sent to another user's browser. */
    email: text('email'),
    emailVerifiedAt: timestamp('email_verified_at', { withTimezone: true }),
    passwordHash: text('password_hash'),
    image: text('image'),
    bio: text('bio').notNull().default(''),
    role: userRole('role').notNull().default('member'),
    /** Starts at Question2Answer's base points (db/points.ts); the write path keeps it exact. */
    points: integer('points').notNull().default(100),
    isSuspended: boolean('is_suspended').notNull().default(false),
    /** Mail about my own posts, questions I follow and mentions of me. */
    emailOwn: emailCadence('email_own').notNull().default('immediate'),
    /** Mail about categories, tags and people I follow. */
    emailFollowed: emailCadence('email_followed').notNull().default('daily'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('users_handle_key').on(sql`lower(${t.handle})`),
    uniqueIndex('users_email_key').on(sql`lower(${t.email})`),
    index('users_points_idx').on(t.points.desc().nullsFirst(), t.id),
    // The member list and its count: listed members only, so the count is an index-only scan.
    index('users_listed_idx')
      .on(t.points.desc().nullsFirst(), t.id)
      .where(sql`is_suspended = false`),
  ],
)

/** OAuth accounts linked to a user (Auth.js). */
export const accounts = pgTable(
  'accounts',
  {
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    type: text('type').notNull(),
    provider: text('provider').notNull(),
    providerAccountId: text('provider_account_id').notNull(),
    refreshToken: text('refresh_token'),
    accessToken: text('access_token'),
    expiresAt: integer('expires_at'),
    tokenType: text('token_type'),
    scope: text('scope'),
    idToken: text('id_token'),
    sessionState: text('session_state'),
  },
  (t) => [primaryKey({ columns: [t.provider, t.providerAccountId] }), index('accounts_user_idx').on(t.userId)],
)

/** Magic-link and password-reset tokens (Auth.js verification tokens). */
export const verificationTokens = pgTable(
  'verification_tokens',
  {
    identifier: text('identifier').notNull(),
    token: text('token').notNull(),
    expires: timestamp('expires', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.identifier, t.token] })],
)

export type User = typeof users.$inferSelect
export type NewUser = typeof users.$inferInsert
