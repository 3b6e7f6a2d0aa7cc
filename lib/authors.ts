import type { AuthorRef } from './questions/types'

type AuthorColumns = {
  authorId: number | null
  authorHandle: string | null
  authorName: string | null
  authorPoints: number | null
  anonName: string | null
}

/** A post's author as shown to readers: a member, or an anonymous poster's chosen name (never their email). */
export function toAuthorRef(row: AuthorColumns): AuthorRef {
  if (row.authorId !== null && row.authorHandle !== null) {
    return {
      kind: 'user',
      id: row.authorId,
      handle: row.authorHandle,
      name: row.authorName ?? row.authorHandle,
      points: row.authorPoints ?? 0,
    }
  }
  return { kind: 'anonymous', name: row.anonName?.trim() || 'Anonymous' }
}

export const iso = (d: Date | string | null): string | null => (d === null ? null : new Date(d).toISOString())
