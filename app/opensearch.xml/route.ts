import { readSiteSettings } from '@/lib/cached'
import { site } from '@/lib/site'
import { escapeXml } from '@/lib/xml'

export const dynamic = 'force-static'

/** OpenSearch description: lets browsers add the site's search to their search bar. */
export async function GET() {
  const { name, tagline } = (await readSiteSettings()).site
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/" xmlns:moz="http://www.mozilla.org/2006/browser/search/">
  <ShortName>${escapeXml(name.slice(0, 16))}</ShortName>
  <Description>${escapeXml(`Search ${name}${tagline ? `: ${tagline}` : ''}`)}</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Url type="text/html" method="get" template="${escapeXml(site.url)}/search?q={searchTerms}"/>
  <moz:SearchForm>${escapeXml(site.url)}/search</moz:SearchForm>
</OpenSearchDescription>
`
  return new Response(xml, {
    headers: {
      'Content-Type': 'application/opensearchdescription+xml; charset=utf-8',
      'Cache-Control': 'public, max-age=86400',
    },
  })
}
