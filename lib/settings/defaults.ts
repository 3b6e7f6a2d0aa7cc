import { defaultPointsWeights, type PointsWeights } from '@/db/points'
import { defaultRateLimits, type RateLimits } from '@/lib/rate-limit/limits'

/** Site settings and their defaults (Question2Answer's where it has one); admins change them in #6. */
export type SiteSettings = {
  allowAnonymousPosts: boolean
  points: PointsWeights
  /** Points needed for each privilege; editors and above may always edit, moderators always close. */
  privileges: { voteUp: number; voteDown: number; createTag: number; closeQuestion: number }
  /** Per action: attempts per member (or per email for sign-in) and per IP address in each window. */
  rateLimits: RateLimits
  /** Flags that hide a post until a moderator reviews it. */
  moderation: { flagsToHide: number }
  /**
   * Anti-spam: addresses and networks that may not post; members below `newMemberPoints` (and
   * anonymous posters) are new, and may include few links and post only so often (Discourse's
   * defaults for new users are close to these).
   */
  spam: { blockedIps: string[]; newMemberPoints: number; maxLinksForNewMembers: number; newMemberPostIntervalSeconds: number }
}

export const defaultSettings: SiteSettings = {
  allowAnonymousPosts: true,
  points: defaultPointsWeights,
  // Every member starts with the base 100 points, so voting up is open to all members.
  privileges: { voteUp: 100, voteDown: 250, createTag: 300, closeQuestion: 2000 },
  rateLimits: defaultRateLimits,
  moderation: { flagsToHide: 5 },
  spam: { blockedIps: [], newMemberPoints: 110, maxLinksForNewMembers: 2, newMemberPostIntervalSeconds: 30 },
}
