import { XMLValidator } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { decodeSegment, decodeSegments } from '@/lib/route-params'
import { atomFeedXml } from '@/lib/seo/atom'
import { sitemapIndexXml } from '@/lib/seo/sitemap'
import { escapeXml, xmlSafe } from '@/lib/xml'

/** XML 1.0's Char production, checked code point by code point. */
const isXmlChar = (cp: number) =>
  cp === 0x9 ||
  cp === 0xa ||
  cp === 0xd ||
  (cp >= 0x20 && cp <= 0xd7ff) ||
  (cp >= 0xe000 && cp <= 0xfffd) ||
  (cp >= 0x10000 && cp <= 0x10ffff)

const forbidden = [
  ...Array.from({ length: 0x20 }, (_, i) => i).filter((cp) => cp !== 0x9 && cp !== 0xa && cp !== 0xd),
  ...Array.from({ length: 0x800 }, (_, i) => 0xd800 + i),
  0xfffe,
  0xffff,
]

/** Every UTF-16 unit of the string read as a code point where it pairs, alone where it does not. */
function codePoints(s: string): number[] {
  const out: number[] = []
  for (let i = 0; i < s.length; i++) {
    const cp = s.codePointAt(i)!
    out.push(cp)
    if (cp > 0xffff) i++
  }
  return out
}

describe('the XML writer', () => {
  it('drops every code point XML 1.0 forbids, alone or inside other text, in every field of a feed', () => {
    for (const cp of forbidden) {
      const bad = String.fromCharCode(cp)
      const title = `A title with ${bad} inside`
      const xml = atomFeedXml({
        id: `https://ask.example/feeds/${bad}`,
        title: `Feed ${bad}`,
        subtitle: bad,
        selfUrl: 'https://ask.example/feeds/questions.atom',
        siteUrl: 'https://ask.example/',
        updated: '2026-01-01T00:00:00.000Z',
        entries: [
          {
            id: 'https://ask.example/1',
            title,
            url: 'https://ask.example/1/a',
            updated: '2026-01-01T00:00:00.000Z',
            published: '2026-01-01T00:00:00.000Z',
            author: `Ctrl${bad}Name`,
            summary: bad,
            categories: [`tag${bad}`],
          },
        ],
      })
      const offending = codePoints(xml).filter((c) => !isXmlChar(c))
      expect(offending, `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`).toEqual([])
      expect(XMLValidator.validate(xml)).toBe(true)
      expect(xml).toContain('<title>A title with  inside</title>')
      expect(xml).toContain('<name>CtrlName</name>')
    }
  })

  it('keeps tab, newline, carriage return, ordinary text and characters beyond the BMP, and escapes markup', () => {
    const text = 'Tab\tnew\nline\r — ünïcödé 💬 𝄞 <b>"a" & \'b\'</b>'
    expect(codePoints(xmlSafe(text))).toEqual(codePoints(text))
    expect(escapeXml(text)).toBe('Tab\tnew\nline\r — ünïcödé 💬 𝄞 &lt;b&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;/b&gt;')
    expect(escapeXml('\u{1F600}\uD800x\uDC00')).toBe('\u{1F600}x')
    expect(
      XMLValidator.validate(sitemapIndexXml([{ loc: 'https://ask.example/sitemaps/sitemap/0.xml?a=1&b=\u0002' }])),
    ).toBe(true)
  })
})

describe('route parameters', () => {
  it('decode well-formed %-escapes and give null for malformed ones instead of throwing', () => {
    expect(decodeSegment('caf%C3%A9')).toBe('café')
    expect(decodeSegment('a%2Fb')).toBe('a/b')
    for (const bad of ['%E0', '%', '%zz', 'a%E0%A4', '%C3']) expect(decodeSegment(bad), bad).toBeNull()
    expect(decodeSegments(['tags', 'ok'])).toEqual(['tags', 'ok'])
    expect(decodeSegments(['tags', '%E0'])).toBeNull()
  })
})
