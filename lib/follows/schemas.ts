import { z } from 'zod'

export const followTargets = ['question', 'category', 'tag', 'user'] as const
export type FollowTarget = (typeof followTargets)[number]
export const followLevels = ['watching', 'tracking', 'muted'] as const
export type FollowLevel = (typeof followLevels)[number]

export const followRef = z.object({
  targetType: z.enum(followTargets),
  targetId: z.coerce.number().int().positive().max(2_147_483_647),
})

export const setFollowInput = followRef.extend({
  /** `none` stops following. */
  level: z.enum([...followLevels, 'none'], 'Choose how closely to follow.'),
})
export type SetFollowInput = z.infer<typeof setFollowInput>

/** `?follow=tag:12` on /api/viewer: the follow whose state the page's button shows. */
export const parseFollowParam = (value: string | null) => {
  const [targetType, targetId] = (value ?? '').split(':')
  const parsed = followRef.safeParse({ targetType, targetId })
  return parsed.success ? parsed.data : null
}

export const emailPrefsInput = z.object({
  emailOwn: z.enum(['immediate', 'daily', 'weekly', 'never'], 'Choose when to get these emails.'),
  emailFollowed: z.enum(['immediate', 'daily', 'weekly', 'never'], 'Choose when to get these emails.'),
})
