import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { signUpInput } from '@/lib/auth/schemas'
import { askQuestionInput, editPostInput, postAnswerInput, postCommentInput } from '@/lib/posts/schemas'
import { normalizeTag, parseTagList } from '@/lib/tags/normalize'
import { findBidiControl, findControlCharacter, visibleLength, visibleText } from '@/lib/text/characters'
import { profileInput } from '@/lib/users/schemas'

const ask = { title: 'How do I calm down at 3am?', body: '', categoryId: 3, tags: [] as string[] }
const messages = (schema: z.ZodType, input: unknown): Record<string, string[]> => {
  const r = schema.safeParse(input)
  return r.success ? {} : z.flattenError(r.error).fieldErrors
}

// Every code point no text may hold: C0 but tab/LF/CR, DEL and C1, the two non-characters, and a lone surrogate.
const forbidden = [
  ...Array.from({ length: 0x20 }, (_, i) => i).filter((i) => ![0x09, 0x0a, 0x0d].includes(i)),
  ...Array.from({ length: 0x21 }, (_, i) => 0x7f + i),
  0xfffe,
  0xffff,
].map((c) => String.fromCharCode(c))

describe('characters', () => {
  it.each(forbidden.map((c) => [`U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`, c]))(
    'refuses %s anywhere in a text, naming it',
    (name, c) => {
      expect(findControlCharacter(`calm ${c} down`)).toBe(name)
    },
  )
  it('refuses a lone surrogate, and keeps a paired one (an emoji)', () => {
    expect(findControlCharacter('a\uD83Db')).toBe('U+D83D')
    expect(findControlCharacter('a\uDE00b')).toBe('U+DE00')
    expect(findControlCharacter('tired 😀 today')).toBeNull()
  })
  it('allows tab, line breaks and every ordinary script', () => {
    expect(findControlCharacter('line one\r\n\tline two, ünïcödé, 日本語, العربية, עברית')).toBeNull()
  })
  it.each(['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'])(
    'finds the direction control %j',
    (c) => {
      expect(findBidiControl(`invoice${c}fdp.exe`)).toMatch(/^U\+20(2[A-E]|6[6-9])$/)
    },
  )
  it('leaves direction marks alone (right-to-left text needs them)', () => {
    expect(findBidiControl('שלום\u200F!')).toBeNull()
  })
  it('counts only what a reader sees', () => {
    expect(visibleText('\u200B\u200C\u200D\u2060\uFEFF\u00AD\u3164\u2800  ')).toBe('')
    expect(visibleLength('  a\u200Bb  ')).toBe(2)
    // A family emoji is one joined picture: its joiners do not count, its people do.
    expect(visibleLength('👨‍👩‍👧')).toBe(3)
    expect(visibleLength('日本語')).toBe(3)
  })
})

describe('titles and names refuse what would show as nothing or disguise itself', () => {
  it('refuses a title of zero-width spaces as too short', () => {
    expect(messages(askQuestionInput, { ...ask, title: '\u200B'.repeat(20) }).title?.[0]).toMatch(/at least 10/)
    expect(messages(askQuestionInput, { ...ask, title: `short${'\u200B'.repeat(20)}` }).title?.[0]).toMatch(
      /at least 10/,
    )
  })
  it('refuses control characters in a title, naming the character', () => {
    expect(messages(askQuestionInput, { ...ask, title: 'A title with a \u0002 in it' }).title?.[0]).toMatch(
      /control character \(U\+0002\)/,
    )
    expect(messages(askQuestionInput, { ...ask, title: 'A title with a NUL\u0000 in it' }).title?.[0]).toMatch(
      /U\+0000/,
    )
  })
  it('refuses a right-to-left override in a title, a name and an anonymous name', () => {
    expect(messages(askQuestionInput, { ...ask, title: 'My photo \u202Egpj.exe' }).title?.[0]).toMatch(
      /text-direction override \(U\+202E\)/,
    )
    expect(messages(profileInput, { name: 'Ad\u202Emin', handle: 'admin2' }).name?.[0]).toMatch(/U\+202E/)
    expect(
      messages(signUpInput, { name: 'Ctrl\u001bName\u0007', email: 'a@b.example', password: 'x'.repeat(12) }).name?.[0],
    ).toMatch(/U\+001B/)
    expect(messages(askQuestionInput, { ...ask, anonName: 'A\u2066B' }).anonName?.[0]).toMatch(/U\+2066/)
  })
  it('refuses a display name of zero-width spaces', () => {
    expect(messages(profileInput, { name: '\u200B\u200B\u200B\u200B', handle: 'someone' }).name?.[0]).toMatch(
      /at least 2/,
    )
  })
  it('keeps an ordinary title as typed, with its whitespace collapsed', () => {
    expect(askQuestionInput.parse({ ...ask, title: '  How   do I\tsleep  again? ' }).title).toBe(
      'How do I sleep again?',
    )
  })
})

describe('posts must show something', () => {
  const answer = (body: string) => messages(postAnswerInput, { questionId: 1, body }).body?.[0]
  it.each([
    ['zero-width spaces', '\u200B'.repeat(50)],
    ['script and style', '<script></script><style></style>'],
    ['raw HTML only', '<div><span></span></div><!-- hello world, this is hidden -->'],
    ['an empty link', '[](https://example.com/very/long/path/that/is/not/shown)'],
    ['empty blocks', '#\n\n>\n\n-\n\n---\n\n***'],
  ])('refuses an answer of %s', (_, body) => {
    expect(answer(body)).toMatch(/empty or a little short/)
  })
  it('accepts a short answer that shows real words, and one that is only an image', () => {
    expect(answer('Try slow breathing.')).toBeUndefined()
    expect(answer('![a calm lake at dawn](https://example.com/lake.jpg)')).toBeUndefined()
  })
  it('refuses NUL and other controls in a body, naming them', () => {
    expect(answer('Sleep helps a lot\u0000 honestly.')).toMatch(/U\+0000/)
    expect(messages(postCommentInput, { parentId: 1, body: 'Me too \u0007' }).body?.[0]).toMatch(/U\+0007/)
    expect(messages(askQuestionInput, { ...ask, body: 'Details \u001b here' }).body?.[0]).toMatch(/U\+001B/)
    expect(messages(editPostInput, { postId: 1, body: 'Edited \u0000' }).body?.[0]).toMatch(/U\+0000/)
  })
  it('refuses a comment of invisible characters', () => {
    expect(messages(postCommentInput, { parentId: 1, body: '\u200B\u200B\u200B' }).body?.[0]).toMatch(/empty/)
  })
})

describe('tags', () => {
  it('refuses a tag holding a control or direction character instead of quietly changing it', () => {
    expect(normalizeTag('sl\u0002eep')).toBeNull()
    expect(normalizeTag('pee\u202Els')).toBeNull()
    expect(parseTagList(['anxiety, sl\u0000eep']).rejected).toEqual(['sl\u0000eep'])
  })
  it('takes five ordinary tags typed in one field', () => {
    const typed = 'panic-attacks, relationships, sleep-problems, self-esteem, communication'
    expect(askQuestionInput.safeParse({ ...ask, tags: [typed] }).success).toBe(true)
    expect(parseTagList([typed]).tags).toHaveLength(5)
  })
})

describe('friendly messages', () => {
  it('never shows zod’s own wording, whatever a forged form sends', async () => {
    const { castVoteInput } = await import('@/lib/votes/schemas')
    const { rollbackInput, closeQuestionInput } = await import('@/lib/posts/schemas')
    const cases: [z.ZodType, unknown][] = [
      [castVoteInput, { postId: 'abc', direction: 'sideways', mode: 7 }],
      [castVoteInput, { postId: '99999999999999999999999', direction: 'up', mode: 'set' }],
      [rollbackInput, { postId: -1, revision: 1.5 }],
      [closeQuestionInput, { questionId: [], reason: { a: 1 } }],
      [askQuestionInput, { title: 5, body: null, categoryId: 'NaN', tags: 'x', extra: true }],
      [askQuestionInput, { ...ask, tags: Array.from({ length: 9 }, () => 'a') }],
      [signUpInput, {}],
    ]
    for (const [schema, input] of cases) {
      const r = schema.safeParse(input)
      expect(r.success).toBe(false)
      for (const issue of r.error!.issues)
        expect(issue.message).not.toMatch(/expected|received|Invalid|Too (big|small)|NaN/)
    }
  })

  it('asks for a category in words when none was chosen', () => {
    expect(messages(askQuestionInput, { ...ask, categoryId: '' }).categoryId?.[0]).toBe('Choose a category.')
    expect(messages(askQuestionInput, { ...ask, categoryId: 'abc' }).categoryId?.[0]).toBe('Choose a category.')
    expect(messages(askQuestionInput, { ...ask, categoryId: '99999999999999999999' }).categoryId?.[0]).toBe(
      'Choose a category.',
    )
  })
})
