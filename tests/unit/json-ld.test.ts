import { describe, expect, it } from 'vitest'
import type { AnswerView, ThreadPage } from '@/lib/questions/types'
import { buildBreadcrumbJsonLd, buildQaPageJsonLd, serializeJsonLd, threadBreadcrumb } from '@/lib/seo/json-ld'

const origin = 'https://askwell.test'
const maya = { kind: 'user', id: 1, handle: 'maya', name: 'Maya', points: 7700 } as const

function answer(id: number, over: Partial<AnswerView> = {}): AnswerView {
  return {
    id,
    bodyHtml: '<p>x</p>',
    bodyText: `answer ${id}`,
    score: 1,
    isAccepted: false,
    createdAt: '2026-01-02T00:00:00.000Z',
    edited: null,
    author: { kind: 'anonymous', name: 'worried-sister' },
    comments: [],
    ...over,
  }
}

function thread(answers: AnswerView[]): ThreadPage {
  return {
    id: 10,
    slug: 'is-it-ok',
    title: 'Is it OK?',
    bodyHtml: '<p>b</p>',
    bodyText: 'the body',
    score: 5,
    answerCount: answers.length,
    commentCount: 1,
    viewCount: 3,
    createdAt: '2026-01-01T00:00:00.000Z',
    lastActivityAt: '2026-01-03T00:00:00.000Z',
    edited: null,
    modifiedAt: '2026-01-03T00:00:00.000Z',
    author: maya,
    breadcrumb: [{ id: 1, name: 'Psychotherapy', path: 'psychotherapy' }],
    tags: ['ethics'],
    closed: null,
    acceptedAnswerId: answers.find((a) => a.isAccepted)?.id ?? null,
    answers,
    comments: [
      {
        id: 11,
        bodyHtml: '',
        bodyText: 'a comment',
        score: 2,
        createdAt: '2026-01-01T01:00:00.000Z',
        editedAt: null,
        author: maya,
      },
    ],
  }
}

describe('QAPage JSON-LD', () => {
  it('describes the question, the accepted answer and the suggested ones', () => {
    const ld = buildQaPageJsonLd(
      thread([
        answer(20, {
          isAccepted: true,
          score: 9,
          comments: [
            {
              id: 21,
              bodyHtml: '',
              bodyText: 'thanks',
              score: 0,
              createdAt: '2026-01-02T01:00:00.000Z',
              editedAt: null,
              author: maya,
            },
          ],
        }),
        answer(30),
      ]),
      origin,
    )!
    expect(ld['@type']).toBe('QAPage')
    const q = ld.mainEntity as Record<string, unknown>
    expect(q).toMatchObject({
      '@type': 'Question',
      name: 'Is it OK?',
      text: 'the body',
      answerCount: 2,
      upvoteCount: 5,
      datePublished: '2026-01-01T00:00:00.000Z',
      dateModified: '2026-01-03T00:00:00.000Z',
      author: { '@type': 'Person', name: 'Maya', url: `${origin}/users/1/maya` },
      commentCount: 1,
    })
    expect(q).not.toHaveProperty('dateCreated')
    expect(q.comment).toEqual([expect.objectContaining({ '@type': 'Comment', text: 'a comment' })])
    expect(q.acceptedAnswer).toMatchObject({
      '@type': 'Answer',
      text: 'answer 20',
      upvoteCount: 9,
      url: `${origin}/10/is-it-ok#a20`,
      datePublished: '2026-01-02T00:00:00.000Z',
      commentCount: 1,
    })
    expect((q.acceptedAnswer as Record<string, unknown>).comment).toEqual([
      expect.objectContaining({ '@type': 'Comment', text: 'thanks' }),
    ])
    expect(q.suggestedAnswer).toEqual([
      expect.objectContaining({
        '@type': 'Answer',
        url: `${origin}/10/is-it-ok#a30`,
        author: { '@type': 'Person', name: 'worried-sister' },
      }),
    ])
  })

  it('has no acceptedAnswer when none was chosen', () => {
    const q = buildQaPageJsonLd(thread([answer(20)]), origin)!.mainEntity as Record<string, unknown>
    expect(q).not.toHaveProperty('acceptedAnswer')
    expect(q.suggestedAnswer).toHaveLength(1)
  })

  it('gives a thread without answers no QAPage markup', () => {
    expect(buildQaPageJsonLd(thread([]), origin)).toBeNull()
  })

  it('builds the breadcrumb trail from home through the categories', () => {
    const ld = buildBreadcrumbJsonLd(threadBreadcrumb(thread([])), origin)
    expect(ld.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: `${origin}/` },
      { '@type': 'ListItem', position: 2, name: 'Psychotherapy', item: `${origin}/categories/psychotherapy` },
      { '@type': 'ListItem', position: 3, name: 'Is it OK?', item: `${origin}/10/is-it-ok` },
    ])
  })

  it('serializes so that user text cannot close the script element', () => {
    const json = serializeJsonLd({ text: '</script><script>alert(1)</script>' })
    expect(json).not.toContain('</script>')
    expect(JSON.parse(json)).toEqual({ text: '</script><script>alert(1)</script>' })
  })
})
