import { describe, expect, it } from 'vitest'
import { excerpt, markdownToText, renderMarkdown, renderPost } from '@/lib/markdown/render'
import { makeCensor } from '@/lib/moderation/censor'

describe('renderMarkdown removes everything that could run or restyle', () => {
  const corpus: [string, string, RegExp][] = [
    ['script element', 'Hi <script>alert(1)</script> there', /<script/i],
    ['inline event handler', '<img src="x.png" onerror="alert(1)">', /onerror/i],
    ['javascript: link', '[click](javascript:alert(1))', /javascript:/i],
    ['javascript: link with entity tricks', '[click](jav&#x09;ascript:alert(1))', /javascript|ascript:/i],
    ['data: URL link', '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)', /href="data:/i],
    ['data: URL image', '![x](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=)', /src="data:/i],
    ['svg element', '<svg><script>alert(1)</script></svg>', /<svg|<script/i],
    ['style attribute', '<p style="position:fixed;top:0">cover</p>', /style=/i],
    ['style element', '<style>body{display:none}</style>', /<style/i],
    ['iframe', '<iframe src="https://evil.example"></iframe>', /<iframe/i],
    ['form', '<form action="https://evil.example"><input name="pw"></form>', /<form|<input name/i],
    ['object', '<object data="x.swf"></object>', /<object/i],
  ]
  for (const [name, source, forbidden] of corpus) {
    it(`drops ${name}`, () => {
      expect(renderMarkdown(source)).not.toMatch(forbidden)
    })
  }

  it('prefixes ids and names so user content cannot clobber page globals', () => {
    const html = renderMarkdown('Footnote[^1]\n\n[^1]: note')
    expect(html).toContain('user-content-')
    expect(html).not.toMatch(/id="fn-1"/)
  })

  it('links every footnote reference and back link to an id that exists, each prefixed once', () => {
    const html = renderMarkdown(
      'One[^a] and two[^2], and [a link to the notes](#footnote-label).\n\n[^a]: First note\n[^2]: Second note',
    )
    const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]))
    const targets = [...html.matchAll(/href="#([^"]+)"/g)].map((m) => m[1])
    expect(targets.length).toBeGreaterThanOrEqual(5)
    for (const target of targets) expect(ids, `#${target}`).toContain(target)
    for (const id of ids) expect(id).toMatch(/^user-content-(?!user-content-)/)
  })

  it('marks links nofollow ugc and keeps safe URLs', () => {
    const html = renderMarkdown('[WHO](https://www.who.int/)')
    expect(html).toContain('href="https://www.who.int/"')
    expect(html).toMatch(/rel="nofollow ugc noopener"/)
  })
})

describe('renderMarkdown keeps the formatting people use', () => {
  it('keeps lists, emphasis, tables, quotes and code', () => {
    const html = renderMarkdown(
      [
        '1. first',
        '2. second',
        '',
        '- a',
        '- b',
        '',
        '**bold** and *em*',
        '',
        '| a | b |',
        '|---|---|',
        '| 1 | 2 |',
        '',
        '> quoted',
        '',
        '`code`',
      ].join('\n'),
    )
    expect(html).toMatch(/<ol>[\s\S]*<li>first<\/li>/)
    expect(html).toMatch(/<ul>[\s\S]*<li>a<\/li>/)
    expect(html).toContain('<strong>bold</strong>')
    expect(html).toContain('<em>em</em>')
    expect(html).toMatch(/<table>[\s\S]*<td>1<\/td>/)
    expect(html).toContain('<blockquote>')
    expect(html).toContain('<code>code</code>')
  })

  it('turns user headings into h3 and below, so the page keeps one h1', () => {
    const html = renderMarkdown('# Big\n\n## Smaller')
    expect(html).not.toMatch(/<h1|<h2/)
    expect(html).toContain('<h3>Big</h3>')
    expect(html).toContain('<h4>Smaller</h4>')
  })

  it('shows raw HTML as nothing rather than markup', () => {
    expect(renderMarkdown('<b>bold?</b>')).not.toContain('<b>')
  })
})

describe('plain text', () => {
  it('strips markdown syntax for descriptions', () => {
    expect(markdownToText('**Short answer:** see [the guide](https://x.test).\n\n1. one\n2. two')).toBe(
      'Short answer: see the guide. one two',
    )
  })

  it('cuts at a word boundary with an ellipsis', () => {
    const text = 'word '.repeat(60).trim()
    const cut = excerpt(text, 155)
    expect(cut.length).toBeLessThanOrEqual(155)
    expect(cut.endsWith('…')).toBe(true)
    expect(cut).not.toMatch(/wor…$/)
    expect(excerpt('short', 155)).toBe('short')
  })
})

describe('plain text from the parsed markdown', () => {
  it('leaves out code, rules and link definitions, and keeps prose', () => {
    const body = '```\n' + 'const value_here = compute(1)\n'.repeat(30) + '```\n\nWhy does this loop never finish?'
    expect(markdownToText(body)).toBe('Why does this loop never finish?')
    expect(markdownToText('before\n\n---\n\nafter')).toBe('before after')
    expect(markdownToText('see [the docs][1]\n\n[1]: https://x.test')).toBe('see the docs')
  })

  it('keeps table cells, nested lists, entities, escapes and underscores as text', () => {
    expect(markdownToText('| a | b |\n|---|---|\n| 1 | 2 |')).toBe('a b 1 2')
    expect(markdownToText('- item\n    - nested')).toBe('item nested')
    expect(markdownToText('AT&amp;T and \\*x\\* and snake_case_name and 2 * 3')).toBe(
      'AT&T and *x* and snake_case_name and 2 * 3',
    )
    expect(markdownToText('## Title ##')).toBe('Title')
    expect(markdownToText('<https://x.test>')).toBe('https://x.test')
  })
})

describe('renderPost: one parse for a post’s HTML and text', () => {
  const sources = [
    'Plain words in one paragraph.',
    '## Heading\n\nSome *emphasis*, `code` and a [link](https://example.org "t").\n\n- one\n- two\n\n> quote',
    '| a | b |\n| - | - |\n| 1 | 2 |\n\n```js\nalert(1)\n```\n\n<script>alert(1)</script> ![alt darn](https://example.org/x.png)',
    'Footnote[^1] and ~~strike~~ and www.example.com\n\n[^1]: the note, darn it',
    '',
  ]
  it('gives exactly what renderMarkdown and markdownToText give, with and without a censor', () => {
    const censor = makeCensor(['darn'])
    for (const source of sources) {
      expect(renderPost(source)).toEqual({ html: renderMarkdown(source), text: markdownToText(source) })
      expect(renderPost(source, censor)).toEqual({ html: renderMarkdown(source, censor), text: markdownToText(source) })
    }
  })
})
