import { readSiteSettings } from '@/lib/cached'
import { site } from '@/lib/site'

export const dynamic = 'force-static'

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** OpenSearch description: lets browsers add the site's search to their search bar. */
export async function GET() {
  const { name, tagline } = (await readSiteSettings()).site
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/" xmlns:moz="http://www.mozilla.org/2006/browser/search/">
  <ShortName>${escape(name.slice(0, 16))}</ShortName>
  <Description>${escape(`Search ${name}${tagline ? `: ${tagline}` : ''}`)}</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Url type="text/html" method="get" template="${escape(site.url)}/search?q={searchTerms}"/>
  <moz:SearchForm>${escape(site.url)}/search</moz:SearchForm>
</OpenSearchDescription>
`
  return new Response(xml, { headers: { 'Content-Type': 'application/opensearchdescription+xml; charset=utf-8', 'Cache-Control': 'public, max-age=86400' } })
}
