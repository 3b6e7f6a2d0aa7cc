import type { AuthorRef } from '@/lib/questions/types'
import { profilePath } from '@/lib/slug'
import { compactNumber } from '@/lib/time'

/** "Maya (7.7k points)", or an anonymous poster's chosen name. */
export function AuthorChip({ author }: { author: AuthorRef }) {
  if (author.kind === 'anonymous') {
    return <span className="font-medium">{author.name}</span>
  }
  return (
    <>
      <a href={profilePath(author)} className="font-medium text-accent-700 hover:underline dark:text-accent-300">
        {author.name}
      </a>{' '}
      <span className="text-stone-600 dark:text-stone-400">({compactNumber(author.points)} points)</span>
    </>
  )
}
