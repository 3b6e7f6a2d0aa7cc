import type { Metadata } from 'next'

type Feed = { url: string; title: string }

export const siteFeed: Feed = { url: '/feeds/questions.atom', title: 'All new questions' }

/**
 * A page's canonical URL and its Atom feeds. Next replaces `alternates` as a whole, so every page
 * names the site feed again next to its own.
 */
export function pageAlternates(canonical: string, feeds: Feed[] = []): NonNullable<Metadata['alternates']> {
  return { canonical, types: { 'application/atom+xml': [...feeds, siteFeed] } }
}
