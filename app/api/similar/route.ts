import { readSiteSettings } from '@/lib/cached'
import { makeCensor } from '@/lib/moderation/censor'
import { listSimilarQuestions } from '@/lib/questions/similar'

export const dynamic = 'force-dynamic'

/** Questions like the title being typed on the ask page. */
export async function GET(request: Request) {
  const q = (new URL(request.url).searchParams.get('q') ?? '').slice(0, 200)
  const [found, settings] = await Promise.all([q.trim().length >= 4 ? listSimilarQuestions(q) : [], readSiteSettings()])
  const censor = makeCensor(settings.spam.censoredWords)
  const items = found.map((i) => ({ ...i, title: censor(i.title) }))
  return Response.json({ items }, { headers: { 'Cache-Control': 'private, max-age=30' } })
}
