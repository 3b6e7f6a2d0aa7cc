import { env } from './env'

/** Site identity as shown in titles, feeds and structured data. */
export const site = {
  name: env.SITE_NAME,
  tagline: env.SITE_TAGLINE,
  url: env.SITE_URL,
}

export function absoluteUrl(path: string): string {
  return new URL(path, `${site.url}/`).toString()
}

/** Seconds a static page may be served before a background refresh; writes refresh tags sooner. */
export const PAGE_REVALIDATE_SECONDS = 3600
