import { describe, expect, it } from 'vitest'
import { parseId, splitPage } from '@/lib/route-params'
import { answerPath, pagedPath, profilePath, slugify, threadPath } from '@/lib/slug'

describe('slugify', () => {
  it('makes Question2Answer-style slugs', () => {
    expect(slugify('What is the therapist-patient relationship, and is it OK for a therapist to date a patient?')).toBe(
      'what-is-the-therapist-patient-relationship-and-is-it-ok-for-a-therapist-to-date',
    )
  })
  it('folds accents, drops apostrophes and keeps non-Latin letters', () => {
    expect(slugify("Café anxiety: it's réal")).toBe('cafe-anxiety-its-real')
    expect(slugify('Тревога и сон')).toBe('тревога-и-сон')
  })
  it('never returns an empty slug', () => {
    expect(slugify('?!')).toBe('question')
    expect(slugify('🙂')).toBe('question')
  })
  it('caps the length at a word boundary', () => {
    const slug = slugify('word '.repeat(40))
    expect(slug.length).toBeLessThanOrEqual(80)
    expect(slug.endsWith('-')).toBe(false)
    expect(slug.split('-').every((w) => w === 'word')).toBe(true)
  })
})

describe('paths', () => {
  it('builds thread, answer, profile and paged URLs', () => {
    expect(threadPath({ id: 12, slug: 'a-b' })).toBe('/12/a-b')
    expect(answerPath({ id: 12, slug: 'a-b' }, 40)).toBe('/12/a-b#a40')
    expect(profilePath({ id: 3, handle: 'maya' })).toBe('/users/3/maya')
    expect(pagedPath('/', 1)).toBe('/')
    expect(pagedPath('/', 3)).toBe('/page/3')
    expect(pagedPath('/questions/votes', 2)).toBe('/questions/votes/page/2')
  })
})

describe('route params', () => {
  it('accepts only canonical positive ids', () => {
    expect(parseId('42')).toBe(42)
    for (const bad of ['0', '-1', '042', '4.2', '1e3', 'abc', '', undefined, '99999999999'])
      expect(parseId(bad)).toBeNull()
  })
  it('splits a trailing page segment, refusing page 1 and junk', () => {
    expect(splitPage([])).toEqual({ rest: [], page: 1 })
    expect(splitPage(['votes', 'page', '3'])).toEqual({ rest: ['votes'], page: 3 })
    expect(splitPage(['page', '1'])).toBeNull()
    expect(splitPage(['page', 'x'])).toBeNull()
  })
})
