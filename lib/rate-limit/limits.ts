/**
 * Default limits per hour, from Question2Answer's (questions 10 per user, answers 25 per user and
 * 50 per IP, comments 20, votes 300) and Discourse's for sign-in. Anonymous posters count per IP,
 * at half the members' rate. Admins override them in the `rateLimits` setting.
 */
export const defaultRateLimits = {
  ask: { perUser: 10, perIp: 20, windowSeconds: 3600 },
  answer: { perUser: 25, perIp: 50, windowSeconds: 3600 },
  comment: { perUser: 20, perIp: 40, windowSeconds: 3600 },
  vote: { perUser: 300, perIp: 600, windowSeconds: 3600 },
  signIn: { perUser: 10, perIp: 30, windowSeconds: 900 },
  signUp: { perUser: 5, perIp: 10, windowSeconds: 3600 },
  flag: { perUser: 20, perIp: 40, windowSeconds: 3600 },
} satisfies Record<string, RateLimit>

export type RateLimit = { perUser: number; perIp: number; windowSeconds: number }
export type RateLimitedAction = keyof typeof defaultRateLimits
export type RateLimits = Record<RateLimitedAction, RateLimit>
