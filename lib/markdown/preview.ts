import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { consumeRateLimit } from '@/lib/rate-limit/consume'
import { ok, type Result } from '@/lib/result'
import { renderMarkdown } from './render'

/** The longest post body (lib/posts/schemas.ts): a preview renders no more than a post could hold. */
const PREVIEW_MAX_CHARS = 30_000

/**
 * The sanitized HTML of a draft, for the editor's preview tab. Anyone may ask (anonymous posters
 * write too), so each call counts against the `preview` rate limit: rendering is the costly part.
 */
export async function previewMarkdown(actor: Actor, source: string): Promise<Result<string>> {
  const limited = await consumeRateLimit('preview', actor)
  if (!limited.ok) return limited
  return ok(renderMarkdown(source.slice(0, PREVIEW_MAX_CHARS)))
}
