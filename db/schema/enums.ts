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
