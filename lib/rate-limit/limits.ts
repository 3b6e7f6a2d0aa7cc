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
  // Password sign-ins: perIp counts every attempt from one address; perUser is how many wrong
  // passwords an account takes (from one address, and from all addresses it never signed in from)
  // before each further try waits, twice as long each time (signInBackoff).
  signIn: { perUser: 10, perIp: 30, windowSeconds: 900 },
  // Sign-in links by email, per address and per account (each link stays valid for a day).
  signInLink: { perUser: 5, perIp: 20, windowSeconds: 3600 },
  signUp: { perUser: 5, perIp: 10, windowSeconds: 3600 },
  flag: { perUser: 20, perIp: 40, windowSeconds: 3600 },
  // Rendering a draft is public and costs the server a full markdown pass of up to 30,000 characters.
  preview: { perUser: 120, perIp: 240, windowSeconds: 3600 },
} satisfies Record<string, RateLimit>

export type RateLimit = { perUser: number; perIp: number; windowSeconds: number }
export type RateLimitedAction = keyof typeof defaultRateLimits
export type RateLimits = Record<RateLimitedAction, RateLimit>

/**
 * The growing delay after an account's free wrong passwords: 1 s, 2 s, 4 s… up to an hour between
 * tries, forgotten a day after the last wrong one. However many addresses a guesser spreads over,
 * an account takes about 20 wrong passwords in the first hour and 24 a day after that.
 */
export const signInBackoff = { firstDelaySeconds: 1, maxDelaySeconds: 3600, forgetAfterSeconds: 86_400 }
