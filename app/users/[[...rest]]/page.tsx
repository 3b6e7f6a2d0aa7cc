import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'
import { UserIndex } from './_components/user-index'
import { UserProfileView } from './_components/user-profile'
import { readUserProfile } from '@/lib/cached'
import { decodeSegment, parseId, splitPage } from '@/lib/route-params'
import { profilePath } from '@/lib/slug'
import { pageAlternates } from '@/lib/seo/alternates'

export const revalidate = 3600

export async function generateStaticParams() {
  return [{ rest: [] }]
}

type Props = { params: Promise<{ rest?: string[] }> }

type Route = { kind: 'index'; page: number } | { kind: 'profile'; id: number; handle: string | null }

/** /users[/page/n] lists members; /users/{id}/{handle} is a profile (the handle is for people, the id decides). */
function parse(segments: string[]): Route | null {
  const [first, second, ...more] = segments
  const id = parseId(first)
  if (id !== null) {
    const handle = second === undefined ? null : decodeSegment(second)
    if (more.length > 0 || (second !== undefined && handle === null)) return null
    return { kind: 'profile', id, handle }
  }
  const split = splitPage(segments)
  return split && split.rest.length === 0 ? { kind: 'index', page: split.page } : null
}

async function loadProfile(route: Extract<Route, { kind: 'profile' }>) {
  const profile = await readUserProfile(route.id)
  if (!profile) notFound()
  if (route.handle !== profile.handle) permanentRedirect(profilePath(profile))
  return profile
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const route = parse((await params).rest ?? [])
  if (!route) return {}
  if (route.kind === 'index')
    return {
      title: route.page > 1 ? `Users, page ${route.page}` : 'Users',
      alternates: pageAlternates(route.page > 1 ? `/users/page/${route.page}` : '/users'),
    }
  const profile = await loadProfile(route)
  return {
    title: `${profile.name} (@${profile.handle})`,
    description: profile.bio || `${profile.name} on this community: ${profile.points} points.`,
    alternates: pageAlternates(profilePath(profile)),
  }
}

export default async function UsersPage({ params }: Props) {
  const route = parse((await params).rest ?? [])
  if (!route) notFound()
  if (route.kind === 'index') return <UserIndex page={route.page} />
  return <UserProfileView profile={await loadProfile(route)} />
}
