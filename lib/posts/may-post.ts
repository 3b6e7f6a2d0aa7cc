import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { canPost } from '@/lib/auth/policy'
import { consumeRateLimit } from '@/lib/rate-limit/consume'
import type { RateLimitedAction } from '@/lib/rate-limit/limits'
import { fail, type Result } from '@/lib/result'
import { checkSpamRules } from './spam-rules'
import type { SiteSettings } from '@/lib/settings/defaults'

/**
 * The gate before any new post: allowed to post at all (anonymously where the site allows), not
 * from a blocked address, within the spam rules for new posters (`text` is what they wrote), and
 * within the rate limit.
 */
export async function mayPost(
  actor: Actor,
  settings: SiteSettings,
  action: Extract<RateLimitedAction, 'ask' | 'answer' | 'comment'>,
  text: string,
): Promise<Result<void>> {
  if (!canPost(actor, settings)) {
    const verb = { ask: 'ask a question', answer: 'answer', comment: 'comment' }[action]
    return actor.kind === 'anonymous'
      ? fail('unauthenticated', `Sign in to ${verb}.`)
      : fail('forbidden', 'Your account is suspended.')
  }
  const spam = await checkSpamRules(actor, settings, text)
  if (!spam.ok) return spam
  return consumeRateLimit(action, actor)
}
