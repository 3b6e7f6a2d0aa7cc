'use client'

import { usePathname } from 'next/navigation'
import { createContext, use, useEffect, useState } from 'react'
import type { ViewerInfo } from '@/lib/users/viewer-info'

type ViewerState = { status: 'loading' | 'ready'; info: ViewerInfo }

const empty: ViewerState = { status: 'loading', info: { viewer: null, thread: null } }
const ViewerContext = createContext<ViewerState>(empty)

/**
 * Fetches who is looking after the static page has loaded, so the page itself stays the same
 * cached HTML for everyone.
 */
export function ViewerProvider({ questionId, children }: { questionId?: number; children: React.ReactNode }) {
  const [state, setState] = useState<ViewerState>(empty)
  // Signing in or out navigates without reloading the layout, so look again on every page.
  const pathname = usePathname()
  useEffect(() => {
    const controller = new AbortController()
    fetch(`/api/viewer${questionId ? `?question=${questionId}` : ''}`, { signal: controller.signal, cache: 'no-store' })
      .then((r) => (r.ok ? (r.json() as Promise<ViewerInfo>) : empty.info))
      .then((info) => setState({ status: 'ready', info }))
      .catch(() => {})
    return () => controller.abort()
  }, [questionId, pathname])
  return <ViewerContext value={state}>{children}</ViewerContext>
}

export const useViewer = () => use(ViewerContext)
