import 'server-only'
import { revalidateTag } from 'next/cache'
import { z } from 'zod'

/** Tags from lib/cache-tags.ts builders only: "question:12", "lists:questions", "tag:anxiety", ... */
export const revalidateInput = z.object({
  tags: z
    .array(
      z
        .string()
        .regex(
          /^(question|category|user):\d+$|^tag:[^\s]{1,64}$|^lists:(questions|categories|tags|users)$|^links:questions$|^sitemap$|^settings$/,
        ),
    )
    .min(1)
    .max(200),
})

/**
 * Expires the tagged pages at once for every reader: the next request renders fresh (used by route
 * handlers and background work; server actions call updateTag for read-your-own-writes).
 */
export function expireTags(tags: string[]): void {
  for (const tag of new Set(tags)) revalidateTag(tag, { expire: 0 })
}
