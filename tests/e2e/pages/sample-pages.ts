import type { SitePaths } from '../fixtures'

/** The representative pages the accessibility, HTML and layout checks visit. */
export function samplePages(paths: SitePaths): { name: string; path: string }[] {
  return [
    { name: 'thread', path: paths.thread },
    { name: 'home', path: '/' },
    { name: 'category', path: paths.category },
    { name: 'tag', path: paths.tag },
    { name: 'profile', path: paths.profile },
  ]
}

export const SAMPLE_PAGE_NAMES = ['thread', 'home', 'category', 'tag', 'profile'] as const
