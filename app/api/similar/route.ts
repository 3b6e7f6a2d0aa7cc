import { listSimilarQuestions } from '@/lib/questions/similar'

export const dynamic = 'force-dynamic'

/** Questions like the title being typed on the ask page. */
export async function GET(request: Request) {
  const q = (new URL(request.url).searchParams.get('q') ?? '').slice(0, 200)
  const items = q.trim().length >= 4 ? await listSimilarQuestions(q) : []
  return Response.json({ items }, { headers: { 'Cache-Control': 'private, max-age=30' } })
}
