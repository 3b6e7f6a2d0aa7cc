'use client'

import { createContext, use } from 'react'

const AnonymousPosting = createContext(true)

/** Whether this site takes posts without an account, for the forms below it (from the settings). */
export function PostingPolicy({ anonymous, children }: { anonymous: boolean; children: React.ReactNode }) {
  return <AnonymousPosting value={anonymous}>{children}</AnonymousPosting>
}

export const useAnonymousPosting = () => use(AnonymousPosting)
