import { applyUnsubscribe } from '@/lib/notify/unsubscribe'

/**
 * RFC 8058 one-click unsubscribe: mail clients POST `List-Unsubscribe=One-Click` here, with no
 * cookies and no page to click through. The signed token says what to stop; a repeat is harmless.
 */
export async function POST(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const result = await applyUnsubscribe((await params).token)
  if (!result.ok)
    return new Response(result.error.message, { status: 400, headers: { 'content-type': 'text/plain; charset=utf-8' } })
  return new Response(`Unsubscribed: you will get no more ${result.data.stopped}.`, {
    status: 200,
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  })
}
