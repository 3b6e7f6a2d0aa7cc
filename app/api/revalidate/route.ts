import { timingSafeEqual } from 'node:crypto'
import { env } from '@/lib/env'
import { expireTags, revalidateInput } from '@/lib/revalidate'

export const dynamic = 'force-dynamic'

function authorized(header: string | null): boolean {
  const secret = env.REVALIDATE_SECRET
  if (!secret || !header) return false
  const a = Buffer.from(header)
  const b = Buffer.from(secret)
  return a.length === b.length && timingSafeEqual(a, b)
}

/**
 * Internal: expire cache tags from outside a server action (workers, other instances, tests).
 * POST {"tags": [...]} with the x-revalidate-secret header.
 */
export async function POST(request: Request) {
  if (!authorized(request.headers.get('x-revalidate-secret')))
    return Response.json({ error: 'Not allowed' }, { status: 401 })
  const body: unknown = await request.json().catch(() => null)
  const parsed = revalidateInput.safeParse(body)
  if (!parsed.success) return Response.json({ error: 'Expected {"tags": [...]} with known tag names' }, { status: 400 })
  expireTags(parsed.data.tags)
  return Response.json({ revalidated: parsed.data.tags, now: Date.now() })
}
