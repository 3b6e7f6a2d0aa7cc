import { pgEnum, pgSequence } from 'drizzle-orm/pg-core'

/** Roles, lowest to highest; Question2Answer levels map onto them (expert 20, editor 50, moderator 80, admin 100). */
export const userRole = pgEnum('user_role', ['member', 'expert', 'editor', 'moderator', 'admin'])

/** pending: held for moderation; hidden: by moderators or flags; deleted: soft-deleted, restorable. */
export const postStatus = pgEnum('post_status', ['visible', 'pending', 'hidden', 'deleted'])

export const postType = pgEnum('post_type', ['question', 'answer', 'comment'])

export const followTarget = pgEnum('follow_target', ['question', 'category', 'tag', 'user'])
export const followLevel = pgEnum('follow_level', ['watching', 'tracking', 'muted'])

/**
 * Questions, answers and comments draw ids from one sequence, as Question2Answer's single posts
 * table does: migrated sites keep their ids, `#a{id}` anchors never collide, and a vote, flag or
 * revision can name any post by id alone.
 */
export const postIdSeq = pgSequence('post_id_seq')

/** How a member wants mail: at once, gathered in a daily or weekly digest, or none (inbox only). */
export const emailCadence = pgEnum('email_cadence', ['immediate', 'daily', 'weekly', 'never'])

/** An inbox row's mail: none, or which delivery it waits for. */
export const notificationEmail = pgEnum('notification_email', ['none', 'immediate', 'daily', 'weekly'])

/** A message in the outbox: waiting, handed to the queue, being sent, sent, or given up on. */
export const mailStatus = pgEnum('mail_status', ['pending', 'queued', 'sending', 'sent', 'dead'])
