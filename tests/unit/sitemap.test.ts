import { describe, expect, it } from 'vitest'
import { atomFeedXml } from '@/lib/seo/atom'
import { URLS_PER_SITEMAP, sitemapIds, sitemapIndexXml, sitemapSlice } from '@/lib/seo/sitemap'

describe('sitemap splitter', () => {
  it('keeps every file within 50,000 URLs', () => {
    expect(URLS_PER_SITEMAP).toBe(50_000)
    expect(sitemapIds(0)).toEqual([0])
    expect(sitemapIds(1)).toEqual([0, 1])
    expect(sitemapIds(50_000)).toEqual([0, 1])
    expect(sitemapIds(50_001)).toEqual([0, 1, 2])
    expect(sitemapIds(120_000)).toEqual([0, 1, 2, 3])
  })

  it('gives each question file a disjoint slice that together cover every question', () => {
    const total = 120_000
    const slices = sitemapIds(total)
      .slice(1)
      .map((id) => sitemapSlice(id))
    expect(slices).toEqual([
      { offset: 0, limit: 50_000 },
      { offset: 50_000, limit: 50_000 },
      { offset: 100_000, limit: 50_000 },
    ])
    const covered = slices.reduce((n, s) => n + Math.min(s.limit, total - s.offset), 0)
    expect(covered).toBe(total)
    expect(() => sitemapSlice(0)).toThrow()
  })

  it('writes a sitemap index with escaped locations', () => {
    const xml = sitemapIndexXml([{ loc: 'https://x.test/s/1.xml?a=1&b=2', lastmod: '2026-01-01T00:00:00.000Z' }])
    expect(xml).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')
    expect(xml).toContain('<loc>https://x.test/s/1.xml?a=1&amp;b=2</loc>')
    expect(xml).toContain('<lastmod>2026-01-01T00:00:00.000Z</lastmod>')
  })
})

describe('atom feed', () => {
  it('escapes user text', () => {
    const xml = atomFeedXml({
      id: 'https://x.test/feeds/questions.atom',
      title: 'Site',
      selfUrl: 'https://x.test/feeds/questions.atom',
      siteUrl: 'https://x.test/',
      updated: '2026-01-01T00:00:00.000Z',
      entries: [
        {
          id: 'https://x.test/1',
          title: '<b>Tom & Jerry</b>',
          url: 'https://x.test/1/t',
          updated: '2026-01-01T00:00:00.000Z',
          published: '2026-01-01T00:00:00.000Z',
          author: 'A "quote"',
          summary: 'x < y',
          categories: ['a&b'],
        },
      ],
    })
    expect(xml).toContain('<title>&lt;b&gt;Tom &amp; Jerry&lt;/b&gt;</title>')
    expect(xml).toContain('<category term="a&amp;b"/>')
    expect(xml).not.toContain('<b>')
  })
})
