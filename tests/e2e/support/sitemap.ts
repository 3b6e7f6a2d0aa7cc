import type { APIRequestContext } from '@playwright/test'

/** Every page URL in the sitemap files the index lists. */
export async function sitemapUrls(request: APIRequestContext): Promise<string[]> {
  const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!)
  const files = locs(await (await request.get('/sitemap.xml')).text())
  const urls: string[] = []
  for (const file of files) urls.push(...locs(await (await request.get(new URL(file).pathname)).text()))
  return urls
}
