import 'server-only'
import { updateTag } from 'next/cache'

/** Read-your-own-writes: expires the tags a write returned, for this writer and every reader. */
export function refreshTags(tags: string[]): void {
  for (const tag of new Set(tags)) updateTag(tag)
}
