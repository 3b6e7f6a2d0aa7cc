import { defaultPointsWeights, type PointsWeights } from '@/db/points'
import { env } from '@/lib/env'
import { defaultRateLimits, type RateLimits } from '@/lib/rate-limit/limits'

/** Site settings and their defaults (Question2Answer's where it has one); admins change them in #6. */
export type SiteSettings = {
  /** Shown in every page's header, title and feeds; SITE_NAME / SITE_TAGLINE give the first values. */
  site: { name: string; tagline: string }
  allowAnonymousPosts: boolean
  points: PointsWeights
  /** Points needed for each privilege; editors and above may always edit, moderators always close. */
  privileges: { voteUp: number; voteDown: number; createTag: number; closeQuestion: number }
  /** Per action: attempts per member (or per email for sign-in) and per IP address in each window. */
  rateLimits: RateLimits
  /**
   * Flags that hide a post until a moderator reviews it; whether anonymous posts, and members'
   * posts until one of theirs has been approved, wait in the moderation queue first.
   */
  moderation: { flagsToHide: number; holdAnonymousPosts: boolean; holdFirstPosts: boolean }
  /**
   * Anti-spam: addresses and networks that may not post; members below `newMemberPoints` (and
   * anonymous posters) are new, and may include few links and post only so often (Discourse's
   * defaults for new users are close to these).
   */
  spam: {
    blockedIps: string[]
    newMemberPoints: number
    maxLinksForNewMembers: number
    newMemberPostIntervalSeconds: number
    censoredWords: string[]
  }
  /**
   * What search engines are asked to skip (robots noindex, and left out of the sitemap): questions
   * still unanswered after this many days (0: never) and closed questions.
   */
  indexing: { noindexUnansweredAfterDays: number; noindexClosed: boolean }
}

export const defaultSettings: SiteSettings = {
  site: { name: env.SITE_NAME, tagline: env.SITE_TAGLINE },
  allowAnonymousPosts: true,
  points: defaultPointsWeights,
  // Every member starts with the base 100 points, so voting up is open to all members.
  privileges: { voteUp: 100, voteDown: 250, createTag: 300, closeQuestion: 2000 },
  rateLimits: defaultRateLimits,
  moderation: { flagsToHide: 5, holdAnonymousPosts: false, holdFirstPosts: false },
  spam: {
    blockedIps: [],
    // Everyone starts at 100 and one question earns 20, so a line at 110 let a spammer out after one
    // post. 300 is about five answers, or two answers that readers voted up: like Discourse's trust
    // level 1, earned by taking part for a while rather than by signing up.
    newMemberPoints: 300,
    maxLinksForNewMembers: 2,
    newMemberPostIntervalSeconds: 30,
    censoredWords: [],
  },
  indexing: { noindexUnansweredAfterDays: 0, noindexClosed: false },
}
