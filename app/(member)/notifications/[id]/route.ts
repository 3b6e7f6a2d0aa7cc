import { NextResponse } from 'next/server'
import { getViewer } from '@/lib/auth/viewer'
import { openNotification } from '@/lib/notifications/mutations'
import { parseId } from '@/lib/route-params'

/** Opening an inbox item marks it read and goes to the post (a link, so it works without JavaScript). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = parseId((await params).id)
  const viewer = await getViewer()
  if (!viewer)
    return NextResponse.redirect(
      new URL(`/sign-in?callbackUrl=${encodeURIComponent('/notifications')}`, request.url),
      303,
    )
  const result = id === null ? null : await openNotification(viewer, id)
  return NextResponse.redirect(new URL(result?.ok ? result.data.path : '/notifications', request.url), 303)
}
