import { getViewer } from '@/lib/auth/viewer'
import { exportMyData } from '@/lib/users/privacy'

/** "Download my data": the signed-in member's own data as one JSON file. */
export async function GET(): Promise<Response> {
  const viewer = await getViewer()
  if (!viewer) return Response.json({ error: 'Sign in to download your data.' }, { status: 401 })
  const data = await exportMyData(viewer.id)
  if (!data) return Response.json({ error: 'That account no longer exists.' }, { status: 404 })
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': `attachment; filename="askwell-data-${viewer.id}.json"`,
      'cache-control': 'private, no-store',
    },
  })
}
