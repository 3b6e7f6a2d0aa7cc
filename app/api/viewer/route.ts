import { getViewer } from '@/lib/auth/viewer'
import { parseFollowParam } from '@/lib/follows/schemas'
import { parseId } from '@/lib/route-params'
import { getViewerInfo } from '@/lib/users/viewer-info'

export const dynamic = 'force-dynamic'

/** Per-viewer state for the static pages' client island: who is signed in, their votes on a thread, their unread count, and how they follow the page's subject. */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams
  const questionId = parseId(params.get('question') ?? undefined)
  const info = await getViewerInfo(await getViewer(), questionId, parseFollowParam(params.get('follow')))
  return Response.json(info, { headers: { 'Cache-Control': 'private, no-store' } })
}
