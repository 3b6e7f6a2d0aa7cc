import { z } from 'zod'

/**
 * `set` (what the page's script sends) names the vote wanted afterwards, so a repeated request
 * changes nothing. `toggle` (a plain form post) flips: the same vote again withdraws it.
 */
export const castVoteInput = z.strictObject({
  postId: z.coerce.number().int().positive().max(2_147_483_647),
  direction: z.enum(['up', 'down', 'none']),
  mode: z.enum(['set', 'toggle']).default('toggle'),
})
export type CastVoteInput = z.infer<typeof castVoteInput>
