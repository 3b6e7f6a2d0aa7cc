import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import {
  acceptAnswerInput,
  askQuestionInput,
  closeQuestionInput,
  editPostInput,
  postAnswerInput,
  postCommentInput,
  postIdInput,
  rollbackInput,
} from '@/lib/posts/schemas'
import { MAX_TAGS, normalizeTag, parseTagList } from '@/lib/tags/normalize'
import { castVoteInput } from '@/lib/votes/schemas'

const ask = { title: 'How do I calm down at 3am?', body: 'It happens every night.', categoryId: 3, tags: ['sleep'] }
const answer = { questionId: 12, body: 'Try slow breathing for two minutes.' }
const comment = { parentId: 12, body: 'Same here.' }
const vote = { postId: 12, direction: 'up', mode: 'set' }

/** The user-facing messages for each field of a failed parse (and the form-wide ones under `_form`). */
function errorsOf(schema: z.ZodType, input: unknown): Record<string, string[]> {
  const result = schema.safeParse(input)
  if (result.success) return {}
  const { formErrors, fieldErrors } = z.flattenError(result.error)
  return { ...(fieldErrors as Record<string, string[]>), ...(formErrors.length ? { _form: formErrors } : {}) }
}

/** Asserts the parse fails with at least one non-empty message on exactly the `field` path. */
function expectFieldError(schema: z.ZodType, input: unknown, field: string, message?: RegExp) {
  const errors = errorsOf(schema, input)
  expect(Object.keys(errors)).toEqual([field])
  expect(errors[field]!.length).toBeGreaterThan(0)
  for (const m of errors[field]!) expect(m.trim()).not.toBe('')
  if (message) expect(errors[field]!.join(' ')).toMatch(message)
}

describe('question titles', () => {
  it.each([
    [9, false],
    [10, true],
    [150, true],
    [151, false],
  ])('a %i-character title passes: %s', (length, passes) => {
    const result = askQuestionInput.safeParse({ ...ask, title: 'x'.repeat(length) })
    expect(result.success).toBe(passes)
    if (!passes)
      expectFieldError(
        askQuestionInput,
        { ...ask, title: 'x'.repeat(length) },
        'title',
        length < 10 ? /at least 10 characters/ : /under 150 characters/,
      )
  })
  it('counts the title after trimming spaces', () => {
    expectFieldError(askQuestionInput, { ...ask, title: `   ${'x'.repeat(9)}   ` }, 'title', /at least 10/)
    expect(askQuestionInput.parse({ ...ask, title: `  ${'x'.repeat(10)}  ` }).title).toBe('x'.repeat(10))
  })
  it('applies the same rule when an edit changes the title', () => {
    expectFieldError(editPostInput, { postId: 1, body: 'Body.', title: 'Too short' }, 'title', /at least 10/)
    expect(editPostInput.safeParse({ postId: 1, body: 'Body.' }).success).toBe(true)
  })
  it('rejects a title sent as an array', () => {
    expectFieldError(askQuestionInput, { ...ask, title: ['How do I calm down at 3am?'] }, 'title')
  })
})

describe('bodies', () => {
  it('allows a question body of up to 30,000 characters, and an empty one', () => {
    expect(askQuestionInput.safeParse({ ...ask, body: 'x'.repeat(30_000) }).success).toBe(true)
    expect(askQuestionInput.safeParse({ ...ask, body: '' }).success).toBe(true)
    expectFieldError(askQuestionInput, { ...ask, body: 'x'.repeat(30_001) }, 'body', /30,000/)
  })
  it('limits answers and edits to 30,000 characters', () => {
    expectFieldError(postAnswerInput, { ...answer, body: 'x'.repeat(30_001) }, 'body', /30,000/)
    expectFieldError(editPostInput, { postId: 1, body: 'x'.repeat(30_001) }, 'body', /30,000/)
  })
  it('needs at least 10 characters in an answer, after trimming', () => {
    expectFieldError(postAnswerInput, { ...answer, body: 'x'.repeat(9) }, 'body', /write at least a sentence/)
    expectFieldError(postAnswerInput, { ...answer, body: `   ${'x'.repeat(9)}\n` }, 'body')
    expect(postAnswerInput.safeParse({ ...answer, body: 'x'.repeat(10) }).success).toBe(true)
  })
  it('keeps comments between 2 and 1,000 characters', () => {
    expect(postCommentInput.safeParse({ ...comment, body: 'x'.repeat(1_000) }).success).toBe(true)
    expectFieldError(postCommentInput, { ...comment, body: 'x'.repeat(1_001) }, 'body', /up to 1,000 characters/)
    expectFieldError(postCommentInput, { ...comment, body: 'x' }, 'body', /a little short/)
    expectFieldError(postCommentInput, { ...comment, body: '   ' }, 'body', /empty/)
    expect(postCommentInput.safeParse({ ...comment, body: 'ok' }).success).toBe(true)
  })
})

describe('anonymous name and email', () => {
  it.each(['not-an-email', 'a@b', 'sis@@example.org', 'sis example.org'])(
    'rejects the email %j with a message',
    (anonEmail) => {
      expectFieldError(postAnswerInput, { ...answer, anonEmail }, 'anonEmail', /does not look right/)
      expectFieldError(postCommentInput, { ...comment, anonEmail }, 'anonEmail', /does not look right/)
      expectFieldError(askQuestionInput, { ...ask, anonEmail }, 'anonEmail', /does not look right/)
    },
  )
  it('accepts a valid email, an empty one, or none', () => {
    for (const anonEmail of ['sis@example.org', '', undefined])
      expect(postAnswerInput.safeParse({ ...answer, anonEmail }).success).toBe(true)
  })
  it('limits the name to 40 characters', () => {
    expect(postAnswerInput.safeParse({ ...answer, anonName: 'x'.repeat(40) }).success).toBe(true)
    expectFieldError(postAnswerInput, { ...answer, anonName: 'x'.repeat(41) }, 'anonName', /under 40/)
  })
})

describe('fields the client may not set', () => {
  it.each([
    ['askQuestionInput', askQuestionInput, ask],
    ['postAnswerInput', postAnswerInput, answer],
    ['postCommentInput', postCommentInput, comment],
    ['editPostInput', editPostInput, { postId: 1, body: 'Body.' }],
    ['acceptAnswerInput', acceptAnswerInput, { questionId: 1, answerId: 2 }],
    ['closeQuestionInput', closeQuestionInput, { questionId: 1, reason: 'Off topic' }],
    ['postIdInput', postIdInput, { postId: 1 }],
    ['rollbackInput', rollbackInput, { postId: 1, revision: 1 }],
    ['castVoteInput', castVoteInput, vote],
  ] as const)('%s accepts the valid input and rejects authorId, score and role', (_name, schema, valid) => {
    expect((schema as z.ZodType).safeParse(valid).success).toBe(true)
    for (const extra of [{ authorId: 1 }, { score: 1_000 }, { role: 'admin' }]) {
      const result = (schema as z.ZodType).safeParse({ ...valid, ...extra })
      expect(result.success).toBe(false)
      const issue = result.error!.issues.find((i) => i.code === 'unrecognized_keys')
      expect(issue && 'keys' in issue && issue.keys).toEqual(Object.keys(extra))
      expect(errorsOf(schema as z.ZodType, { ...valid, ...extra })._form?.join(' ')).toContain(Object.keys(extra)[0])
    }
  })
})

describe('ids', () => {
  const idFields = [
    ['postAnswerInput.questionId', postAnswerInput, answer, 'questionId'],
    ['postCommentInput.parentId', postCommentInput, comment, 'parentId'],
    ['askQuestionInput.categoryId', askQuestionInput, ask, 'categoryId'],
    ['acceptAnswerInput.answerId', acceptAnswerInput, { questionId: 1, answerId: 2 }, 'answerId'],
    ['postIdInput.postId', postIdInput, { postId: 1 }, 'postId'],
    ['castVoteInput.postId', castVoteInput, vote, 'postId'],
  ] as const
  it.each(idFields)('%s takes the numeric string a form sends', (_name, schema, valid, field) => {
    const parsed = (schema as z.ZodType).parse({ ...valid, [field]: '42' }) as Record<string, unknown>
    expect(parsed[field]).toBe(42)
  })
  it.each(idFields)(
    '%s rejects words, zero, negatives, fractions and ids beyond int4',
    (_name, schema, valid, field) => {
      for (const bad of ['abc', '', 0, -1, -42, 1.5, 2_147_483_648, Number.MAX_SAFE_INTEGER, {}])
        expectFieldError(schema as z.ZodType, { ...valid, [field]: bad }, field)
      expect((schema as z.ZodType).safeParse({ ...valid, [field]: 2_147_483_647 }).success).toBe(true)
    },
  )
  it('lets an accept clear the choice with a null answer id, but not omit it', () => {
    expect(acceptAnswerInput.parse({ questionId: 1, answerId: null }).answerId).toBeNull()
    expect(acceptAnswerInput.safeParse({ questionId: 1 }).success).toBe(false)
  })
  it('needs a positive whole revision number', () => {
    for (const revision of [0, -1, 1.5, 'abc', 3_000_000_000])
      expectFieldError(rollbackInput, { postId: 1, revision }, 'revision')
  })
})

describe('closing', () => {
  it.each([{}, { reason: '' }, { reason: '   ' }])('needs a reason or a duplicate (%j)', (extra) => {
    expectFieldError(closeQuestionInput, { questionId: 1, ...extra }, 'reason', /Give a reason/)
  })
  it('accepts a reason, a duplicate, or both', () => {
    expect(closeQuestionInput.safeParse({ questionId: 1, reason: 'Off topic' }).success).toBe(true)
    expect(closeQuestionInput.safeParse({ questionId: 1, duplicateOfId: 2 }).success).toBe(true)
    expect(closeQuestionInput.safeParse({ questionId: 1, reason: 'Same as #2', duplicateOfId: '2' }).success).toBe(true)
  })
  it('limits the reason to 200 characters and checks the duplicate’s id', () => {
    expectFieldError(closeQuestionInput, { questionId: 1, reason: 'x'.repeat(201) }, 'reason', /under 200/)
    expectFieldError(closeQuestionInput, { questionId: 1, duplicateOfId: -3 }, 'duplicateOfId')
  })
})

describe('votes', () => {
  it('toggles unless told to set', () => {
    expect(castVoteInput.parse({ postId: '5', direction: 'down' })).toEqual({
      postId: 5,
      direction: 'down',
      mode: 'toggle',
    })
    expect(castVoteInput.parse({ postId: 5, direction: 'none', mode: 'set' }).mode).toBe('set')
  })
  it('names the field for a bad direction or mode', () => {
    for (const direction of ['sideways', 1, 'UP', undefined])
      expectFieldError(castVoteInput, { ...vote, direction }, 'direction')
    expectFieldError(castVoteInput, { ...vote, mode: 'flip' }, 'mode')
  })
})

describe('tag lists in the schemas', () => {
  it(`takes at most ${MAX_TAGS} tags`, () => {
    const tags = ['a1', 'b2', 'c3', 'd4', 'e5', 'f6']
    expect(askQuestionInput.safeParse({ ...ask, tags: tags.slice(0, MAX_TAGS) }).success).toBe(true)
    expectFieldError(askQuestionInput, { ...ask, tags }, 'tags', /at most 5 tags/)
    expectFieldError(editPostInput, { postId: 1, body: 'Body.', tags }, 'tags', /at most 5 tags/)
  })
  it('needs an array of strings', () => {
    expectFieldError(askQuestionInput, { ...ask, tags: 'sleep' }, 'tags')
    expectFieldError(askQuestionInput, { ...ask, tags: [3] }, 'tags')
  })
})

describe('normalizeTag', () => {
  it.each([
    ['Panic Attacks', 'panic-attacks'],
    ['Ünïcode', 'unicode'],
    ['Straße', 'strasse'],
    ['Łódź', 'lodz'],
    ['日本語', '日本語'],
    ['Тревога', 'тревога'],
    ['Café', 'cafe'],
    ['ＦＵＬＬＷＩＤＴＨ', 'fullwidth'],
    ['  Sleep  ', 'sleep'],
    ['foo_bar', 'foo-bar'],
    ['--well--being--', 'well-being'],
    ['covid-19!', 'covid-19'],
    ['pages', 'pages'],
    ['ab', 'ab'],
    ['x'.repeat(30), 'x'.repeat(30)],
  ])('%j → %j', (raw, tag) => {
    expect(normalizeTag(raw)).toBe(tag)
  })
  it.each(['page', 'PAGE', '-page-', 'a', 'É', '!!', '', '   ', 'x'.repeat(31)])('rejects %j', (raw) => {
    expect(normalizeTag(raw)).toBeNull()
  })
})

describe('parseTagList', () => {
  it('splits on spaces and commas, as Question2Answer does', () => {
    expect(parseTagList(['Panic Attacks'])).toEqual({ tags: ['panic', 'attacks'], rejected: [] })
    expect(parseTagList(['anxiety, sleep', 'Ünïcode'])).toEqual({ tags: ['anxiety', 'sleep', 'unicode'], rejected: [] })
  })
  it('drops duplicates after normalising, keeping first-seen order', () => {
    expect(parseTagList(['Sleep', 'sleep', 'SLEEP', 'Anxiety', 'sleep'])).toEqual({
      tags: ['sleep', 'anxiety'],
      rejected: [],
    })
  })
  it('reports what it rejects, as typed, and ignores empty pieces', () => {
    expect(parseTagList(['page', 'a', 'x'.repeat(31), 'ok', ' , ,, '])).toEqual({
      tags: ['ok'],
      rejected: ['page', 'a', 'x'.repeat(31)],
    })
    expect(parseTagList([])).toEqual({ tags: [], rejected: [] })
  })
  it('leaves the tag-count limit to the caller', () => {
    expect(parseTagList(['a1 b2 c3 d4 e5 f6']).tags).toHaveLength(6)
  })
})
