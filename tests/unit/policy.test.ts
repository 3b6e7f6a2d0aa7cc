import { describe, expect, it } from 'vitest'
import { atLeast, roles, type Actor, type Member, type Role } from '@/lib/auth/actor'
import {
  canAccept,
  canClose,
  canCreateTag,
  canDelete,
  canEdit,
  canModerate,
  canPost,
  canVote,
  isAuthor,
  type PostRef,
} from '@/lib/auth/policy'
import { defaultSettings, type SiteSettings } from '@/lib/settings/defaults'

const s = defaultSettings
const { voteUp, voteDown, closeQuestion, createTag } = s.privileges
const noAnonymous: SiteSettings = { ...s, allowAnonymousPosts: false }

const member = (role: Role = 'member', over: Partial<Member> = {}): Member => ({
  kind: 'member',
  id: 7,
  name: 'Sam',
  role,
  points: 100,
  isSuspended: false,
  ip: null,
  ...over,
})
const suspended = (role: Role = 'member', over: Partial<Member> = {}) =>
  member(role, { isSuspended: true, points: 100_000, ...over })
const anon: Actor = { kind: 'anonymous', name: 'worried-sister', email: null, ip: null }

const own: PostRef = { authorId: 7 }
const others: PostRef = { authorId: 8 }
const anonymousPost: PostRef = { authorId: null }

const staff = (from: Role) => roles.filter((r) => roles.indexOf(r) >= roles.indexOf(from))
const belowStaff = (from: Role) => roles.filter((r) => roles.indexOf(r) < roles.indexOf(from))

describe('the thresholds these tests rely on', () => {
  it('are the documented defaults', () => {
    expect(s.privileges).toEqual({ voteUp: 100, voteDown: 250, createTag: 300, closeQuestion: 2000 })
    expect(s.allowAnonymousPosts).toBe(true)
  })
})

describe('atLeast', () => {
  it.each(roles)('ranks %s against every role', (role) => {
    for (const other of roles) expect(atLeast(member(role), other)).toBe(roles.indexOf(role) >= roles.indexOf(other))
  })
  it('never counts suspended members or anonymous posters', () => {
    expect(atLeast(suspended('admin'), 'member')).toBe(false)
    expect(atLeast(anon, 'member')).toBe(false)
  })
})

describe('canPost', () => {
  it.each(roles)('lets an active %s post whether or not anonymous posting is on', (role) => {
    expect(canPost(member(role, { points: 0 }), s)).toBe(true)
    expect(canPost(member(role, { points: 0 }), noAnonymous)).toBe(true)
  })
  it('lets anonymous posters post only when the site allows it', () => {
    expect(canPost(anon, s)).toBe(true)
    expect(canPost(anon, noAnonymous)).toBe(false)
  })
  it.each(roles)('refuses a suspended %s', (role) => {
    expect(canPost(suspended(role), s)).toBe(false)
  })
})

describe('canVote', () => {
  it.each([
    [voteUp - 1, 1, false],
    [voteUp, 1, true],
    [voteDown - 1, -1, false],
    [voteDown, -1, true],
  ] as const)('with %i points, voting %i on another’s post → %s', (points, value, expected) => {
    expect(canVote(member('member', { points }), others, value, s)).toBe(expected)
    expect(canVote(member('member', { points }), anonymousPost, value, s)).toBe(expected)
  })
  it.each(roles)('holds a %s to the same points thresholds (roles grant no votes)', (role) => {
    expect(canVote(member(role, { points: voteDown - 1 }), others, -1, s)).toBe(false)
    expect(canVote(member(role, { points: voteUp - 1 }), others, 1, s)).toBe(false)
    expect(canVote(member(role, { points: voteDown }), others, -1, s)).toBe(true)
  })
  it.each(roles)('never lets a %s vote on their own post, however many points', (role) => {
    expect(canVote(member(role, { points: 100_000 }), own, 1, s)).toBe(false)
    expect(canVote(member(role, { points: 100_000 }), own, -1, s)).toBe(false)
  })
  it('refuses suspended members and anonymous posters', () => {
    for (const value of [1, -1] as const) {
      expect(canVote(suspended(), others, value, s)).toBe(false)
      expect(canVote(suspended('admin'), others, value, s)).toBe(false)
      expect(canVote(anon, others, value, s)).toBe(false)
      expect(canVote(anon, anonymousPost, value, s)).toBe(false)
    }
  })
  it('follows the site’s own thresholds', () => {
    const strict: SiteSettings = { ...s, privileges: { ...s.privileges, voteUp: 500 } }
    expect(canVote(member('member', { points: 499 }), others, 1, strict)).toBe(false)
    expect(canVote(member('member', { points: 500 }), others, 1, strict)).toBe(true)
  })
})

describe('isAuthor', () => {
  it('matches the member who wrote the post and nobody else', () => {
    expect(isAuthor(member(), own)).toBe(true)
    expect(isAuthor(member(), others)).toBe(false)
    expect(isAuthor(member(), anonymousPost)).toBe(false)
    expect(isAuthor(anon, anonymousPost)).toBe(false)
    expect(isAuthor(anon, own)).toBe(false)
  })
  it('still recognises a suspended author (other rules refuse them)', () => {
    expect(isAuthor(suspended(), own)).toBe(true)
  })
})

describe.each([
  ['canEdit', canEdit, 'editor'],
  ['canAccept', canAccept, 'moderator'],
  ['canDelete', canDelete, 'moderator'],
] as const)('%s: the author, or %s and above', (_name, can, from) => {
  it.each(roles)('lets a %s act on their own post', (role) => {
    expect(can(member(role, { points: 0 }), own)).toBe(true)
  })
  it.each(staff(from))('lets a %s act on anyone’s post, anonymous ones included', (role) => {
    expect(can(member(role, { points: 0 }), others)).toBe(true)
    expect(can(member(role, { points: 0 }), anonymousPost)).toBe(true)
  })
  it.each(belowStaff(from))('refuses a %s on another’s post, however many points', (role) => {
    expect(can(member(role, { points: 100_000 }), others)).toBe(false)
    expect(can(member(role, { points: 100_000 }), anonymousPost)).toBe(false)
  })
  it.each(roles)('refuses a suspended %s, even on their own post', (role) => {
    expect(can(suspended(role), own)).toBe(false)
    expect(can(suspended(role), others)).toBe(false)
  })
  it('refuses anonymous posters, even on anonymous posts', () => {
    expect(can(anon, anonymousPost)).toBe(false)
    expect(can(anon, others)).toBe(false)
  })
})

describe('canClose', () => {
  it.each([
    [closeQuestion - 1, false],
    [closeQuestion, true],
  ] as const)('a member with %i points → %s', (points, expected) => {
    expect(canClose(member('member', { points }), s)).toBe(expected)
    expect(canClose(member('expert', { points }), s)).toBe(expected)
    expect(canClose(member('editor', { points }), s)).toBe(expected)
  })
  it.each(staff('moderator'))('lets a %s close with no points at all', (role) => {
    expect(canClose(member(role, { points: 0 }), s)).toBe(true)
  })
  it.each(roles)('refuses a suspended %s', (role) => {
    expect(canClose(suspended(role), s)).toBe(false)
  })
  it('refuses anonymous posters', () => {
    expect(canClose(anon, s)).toBe(false)
  })
})

describe('canModerate', () => {
  it.each(roles)('is for moderators and admins only (%s)', (role) => {
    expect(canModerate(member(role, { points: 100_000 }))).toBe(staff('moderator').includes(role))
  })
  it('refuses suspended staff and anonymous posters', () => {
    expect(canModerate(suspended('moderator'))).toBe(false)
    expect(canModerate(suspended('admin'))).toBe(false)
    expect(canModerate(anon)).toBe(false)
  })
})

describe('canCreateTag', () => {
  it.each([
    [createTag - 1, false],
    [createTag, true],
  ] as const)('a member with %i points → %s', (points, expected) => {
    expect(canCreateTag(member('member', { points }), s)).toBe(expected)
    expect(canCreateTag(member('expert', { points }), s)).toBe(expected)
  })
  it.each(staff('editor'))('lets a %s create tags with no points', (role) => {
    expect(canCreateTag(member(role, { points: 0 }), s)).toBe(true)
  })
  it('refuses suspended members and anonymous posters', () => {
    expect(canCreateTag(suspended('admin'), s)).toBe(false)
    expect(canCreateTag(anon, s)).toBe(false)
  })
})

describe('purity', () => {
  it('answers synchronously (a Promise here would always be truthy)', () => {
    const results = [
      canPost(anon, s),
      canVote(member(), others, 1, s),
      canEdit(member(), own),
      canAccept(member(), own),
      canClose(member(), s),
      canDelete(member(), own),
      canModerate(member()),
      canCreateTag(member(), s),
    ]
    for (const r of results) expect(typeof r).toBe('boolean')
  })
})
