import { z } from 'zod'
import { plainField } from '@/lib/text/fields'

const id = z.coerce.number().int().positive().max(2_147_483_647)

export const flagReasons = {
  spam: 'Spam or advertising',
  rude: 'Rude or abusive',
  harmful: 'Harmful: encourages self-harm, or shares someone’s private details',
  other: 'Something else',
} as const
export type FlagReason = keyof typeof flagReasons

export const flagPostInput = z
  .strictObject({
    postId: id,
    reason: z.enum(
      Object.keys(flagReasons) as [FlagReason, ...FlagReason[]],
      'Choose why this post needs a moderator.',
    ),
    details: plainField('The details', 500, 'Keep it under 500 characters.').optional(),
  })
  .refine((v) => v.reason !== 'other' || (v.details ?? '').length >= 5, {
    message: 'Tell the moderators what is wrong (a few words).',
    path: ['details'],
  })
export type FlagPostInput = z.infer<typeof flagPostInput>

export const moderationActions = ['approve', 'hide', 'delete', 'restore', 'spam'] as const
export type ModerationAction = (typeof moderationActions)[number]

export const moderatePostsInput = z.strictObject({
  postIds: z.array(id).min(1, 'Choose at least one post.').max(100, 'At most 100 posts at once.'),
  action: z.enum(moderationActions, 'Choose what to do with the posts.'),
  reason: plainField('The reason', 500, 'Keep the reason under 500 characters.').optional(),
})
export type ModeratePostsInput = z.infer<typeof moderatePostsInput>
