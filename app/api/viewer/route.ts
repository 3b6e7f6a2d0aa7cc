import { getViewer } from '@/lib/auth/viewer'
import { parseId } from '@/lib/route-params'
import { getViewerInfo } from '@/lib/users/viewer-info'

export const dynamic = 'force-dynamic'

/** Per-viewer state for the static pages' client island: who is signed in, their votes on a thread. */
export async function GET(request: Request) {
  const questionId = parseId(new URL(request.url).searchParams.get('question') ?? undefined)
  const info = await getViewerInfo(await getViewer(), questionId)
  return Response.json(info, { headers: { 'Cache-Control': 'private, no-store' } })
}
