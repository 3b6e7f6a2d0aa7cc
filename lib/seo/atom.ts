import { escapeXml } from '../xml'

export type AtomEntry = {
  id: string
  title: string
  url: string
  updated: string
  published: string
  author: string
  summary: string
  categories: string[]
}

/** An Atom 1.0 feed (RFC 4287). */
export function atomFeedXml(feed: {
  id: string
  title: string
  subtitle?: string
  selfUrl: string
  siteUrl: string
  updated: string
  entries: AtomEntry[]
}): string {
  const entries = feed.entries
    .map(
      (e) => `  <entry>
    <id>${escapeXml(e.id)}</id>
    <title>${escapeXml(e.title)}</title>
    <link rel="alternate" type="text/html" href="${escapeXml(e.url)}"/>
    <published>${e.published}</published>
    <updated>${e.updated}</updated>
    <author><name>${escapeXml(e.author)}</name></author>
${e.categories.map((c) => `    <category term="${escapeXml(c)}"/>`).join('\n')}
    <summary>${escapeXml(e.summary)}</summary>
  </entry>`,
    )
    .join('\n')
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${escapeXml(feed.id)}</id>
  <title>${escapeXml(feed.title)}</title>
${feed.subtitle ? `  <subtitle>${escapeXml(feed.subtitle)}</subtitle>\n` : ''}  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfUrl)}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(feed.siteUrl)}"/>
  <updated>${feed.updated}</updated>
${entries}
</feed>
`
}
