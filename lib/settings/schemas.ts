import { isIP } from 'node:net'
import { z } from 'zod'
import { defaultPointsWeights, type PointsWeights } from '@/db/points'
import { defaultRateLimits, type RateLimitedAction } from '@/lib/rate-limit/limits'
import type { SiteSettings } from './defaults'
import { lineField } from '@/lib/text/fields'

/**
 * The admin settings forms, one per section. Each reads flat form fields (what a plain HTML form
 * posts) and yields the settings keys it replaces, whole.
 */

const whole = (label: string, min: number, max: number) =>
  z.coerce
    .number(`${label}: enter a whole number.`)
    .int(`${label}: enter a whole number.`)
    .min(min, `${label}: at least ${min.toLocaleString('en')}.`)
    .max(max, `${label}: at most ${max.toLocaleString('en')}.`)

/** A checkbox: posted as "on" when ticked, absent when not. */
const checkbox = z
  .string()
  .optional()
  .transform((v) => v === 'on' || v === '1' || v === 'true')

/** One entry per line (or comma), blanks dropped, duplicates removed. */
const lines = (max: number, what: string) =>
  z
    .string()
    .max(20_000, `Keep the list under 20,000 characters.`)
    .optional()
    .transform((v) => [
      ...new Set(
        (v ?? '')
          .split(/[\n,]/)
          .map((s) => s.trim())
          .filter(Boolean),
      ),
    ])
    .pipe(z.array(z.string()).max(max, `At most ${max} ${what}.`))

function isAddressOrNetwork(value: string): boolean {
  const [address, prefix, ...rest] = value.split('/')
  const family = isIP(address ?? '')
  if (!family || rest.length) return false
  if (prefix === undefined) return true
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128)
}

const siteSection = z.strictObject({
  name: lineField('The name', {
    min: 1,
    max: 60,
    tooShort: 'Give the site a name.',
    tooLong: 'Keep the name under 60 characters.',
  }),
  tagline: lineField('The tagline', {
    min: 0,
    max: 160,
    tooShort: '',
    tooLong: 'Keep the tagline under 160 characters.',
  }),
})

const postingSection = z.strictObject({ allowAnonymousPosts: checkbox })

const moderationSection = z.strictObject({
  flagsToHide: whole('Flags', 1, 100),
  holdAnonymousPosts: checkbox,
  holdFirstPosts: checkbox,
})

const pointsLabels: Record<keyof PointsWeights, string> = {
  base: 'Points every member starts with',
  multiple: 'Multiply activity points by',
  askQuestion: 'Asking a question',
  postAnswer: 'Posting an answer',
  answerSelected: 'Having one’s answer chosen as best',
  selectAnswer: 'Choosing a best answer',
  questionUpvote: 'Each up vote on a question',
  questionDownvote: 'Each down vote on a question',
  answerUpvote: 'Each up vote on an answer',
  answerDownvote: 'Each down vote on an answer',
  questionVoteCap: 'Most one question can earn from votes',
  answerVoteCap: 'Most one answer can earn from votes',
}

export const privilegeLabels: Record<keyof SiteSettings['privileges'], string> = {
  voteUp: 'Vote up',
  voteDown: 'Vote down',
  createTag: 'Create a new tag',
  closeQuestion: 'Close and reopen questions',
}

const pointsSection = z.strictObject({
  ...(Object.fromEntries(
    (Object.keys(defaultPointsWeights) as (keyof PointsWeights)[]).map((k) => [
      k,
      whole(pointsLabels[k], 0, k === 'base' ? 100_000 : 1_000),
    ]),
  ) as Record<keyof PointsWeights, ReturnType<typeof whole>>),
  ...(Object.fromEntries(
    (Object.keys(privilegeLabels) as (keyof SiteSettings['privileges'])[]).map((k) => [
      k,
      whole(privilegeLabels[k], 0, 10_000_000),
    ]),
  ) as Record<keyof SiteSettings['privileges'], ReturnType<typeof whole>>),
})

export const rateLimitLabels: Record<RateLimitedAction, string> = {
  ask: 'Questions',
  answer: 'Answers',
  comment: 'Comments',
  vote: 'Votes',
  flag: 'Flags',
  signIn: 'Sign-in attempts',
  signInLink: 'Sign-in links by email',
  signUp: 'Sign-ups',
  preview: 'Markdown previews',
}

const rateActions = Object.keys(defaultRateLimits) as RateLimitedAction[]

/** Form field names for one action's limits: "ask.perUser" etc. */
export const rateField = (action: RateLimitedAction, part: 'perUser' | 'perIp' | 'windowSeconds') => `${action}.${part}`

const rateLimitsSection = z.strictObject(
  Object.fromEntries(
    rateActions.flatMap((a) => [
      [rateField(a, 'perUser'), whole(`${rateLimitLabels[a]} per member`, 1, 100_000)],
      [rateField(a, 'perIp'), whole(`${rateLimitLabels[a]} per address`, 1, 100_000)],
      [rateField(a, 'windowSeconds'), whole(`${rateLimitLabels[a]} window`, 10, 7 * 86_400)],
    ]),
  ),
)

const spamSection = z.strictObject({
  blockedIps: lines(2_000, 'addresses').refine((list) => list.every(isAddressOrNetwork), {
    message: 'Each line must be an address (203.0.113.7, 2001:db8::1) or a network (203.0.113.0/24).',
  }),
  newMemberPoints: whole('New member below', 0, 10_000_000),
  maxLinksForNewMembers: whole('Links', 0, 100),
  newMemberPostIntervalSeconds: whole('Seconds between posts', 0, 86_400),
  censoredWords: lines(500, 'words').refine((list) => list.every((w) => w.length <= 50), {
    message: 'Each word or phrase must be under 50 characters.',
  }),
})

const indexingSection = z.strictObject({
  noindexUnansweredAfterDays: whole('Days', 0, 3650),
  noindexClosed: checkbox,
})

/** Each section: its schema, and how its parsed fields become whole settings values. */
export const settingsSections = {
  site: { schema: siteSection, toSettings: (d: z.infer<typeof siteSection>): Partial<SiteSettings> => ({ site: d }) },
  posting: {
    schema: postingSection,
    toSettings: (d: z.infer<typeof postingSection>): Partial<SiteSettings> => ({
      allowAnonymousPosts: d.allowAnonymousPosts,
    }),
  },
  moderation: {
    schema: moderationSection,
    toSettings: (d: z.infer<typeof moderationSection>): Partial<SiteSettings> => ({ moderation: d }),
  },
  points: {
    schema: pointsSection,
    toSettings: (d: z.infer<typeof pointsSection>): Partial<SiteSettings> => {
      const { voteUp, voteDown, createTag, closeQuestion, ...points } = d
      return { points, privileges: { voteUp, voteDown, createTag, closeQuestion } }
    },
  },
  rateLimits: {
    schema: rateLimitsSection,
    toSettings: (d: Record<string, number>): Partial<SiteSettings> => ({
      rateLimits: Object.fromEntries(
        rateActions.map((a) => [
          a,
          {
            perUser: d[rateField(a, 'perUser')]!,
            perIp: d[rateField(a, 'perIp')]!,
            windowSeconds: d[rateField(a, 'windowSeconds')]!,
          },
        ]),
      ) as SiteSettings['rateLimits'],
    }),
  },
  spam: { schema: spamSection, toSettings: (d: z.infer<typeof spamSection>): Partial<SiteSettings> => ({ spam: d }) },
  indexing: {
    schema: indexingSection,
    toSettings: (d: z.infer<typeof indexingSection>): Partial<SiteSettings> => ({ indexing: d }),
  },
} as const

export type SettingsSection = keyof typeof settingsSections
export const sectionNames = Object.keys(settingsSections) as SettingsSection[]

/** The form fields each section reads. */
export function sectionFields(section: SettingsSection): string[] {
  return Object.keys(settingsSections[section].schema.shape)
}

export const pointsFieldLabels = pointsLabels
