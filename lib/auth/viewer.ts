import 'server-only'
import { and, eq } from 'drizzle-orm'
import { headers } from 'next/headers'
import { getDb } from '@/db/client'
import { users } from '@/db/schema'
import { parseAddress } from '@/lib/net/client-address'
import type { AnonymousPoster, Member } from './actor'
import { auth } from './config'

/**
 * The client's address: the one checked address scripts/lib/server.ts leaves in X-Forwarded-For
 * (the socket's peer, or what the trusted proxy added), else none known.
 */
export async function requestIp(): Promise<string | null> {
  return parseAddress((await headers()).get('x-forwarded-for'))
}

/**
 * The signed-in member, read fresh from the database on every call: a suspended member (or a
 * deleted one) is treated as signed out from their next request on. Dynamic: never call it while
 * rendering a static page.
 */
export async function getViewer(): Promise<Member | null> {
  const session = await auth()
  const id = Number(session?.user?.id)
  if (!Number.isInteger(id) || id <= 0) return null
  const [row] = await getDb()
    .select({
      id: users.id,
      name: users.displayName,
      role: users.role,
      points: users.points,
      isSuspended: users.isSuspended,
    })
    .from(users)
    .where(and(eq(users.id, id), eq(users.isSuspended, false)))
  if (!row) return null
  return { kind: 'member', ...row, ip: await requestIp() }
}

/** The member, or an anonymous poster with the name and email they typed. */
export async function getActor(anon: { name?: string; email?: string } = {}): Promise<Member | AnonymousPoster> {
  const viewer = await getViewer()
  if (viewer) return viewer
  return {
    kind: 'anonymous',
    name: anon.name?.trim() || null,
    email: anon.email?.trim() || null,
    ip: await requestIp(),
  }
}
