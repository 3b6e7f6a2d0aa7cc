'use client'

import { usePathname } from 'next/navigation'
import { createContext, use, useEffect, useState } from 'react'
import type { ViewerInfo } from '@/lib/users/viewer-info'

type ViewerState = { status: 'loading' | 'ready'; info: ViewerInfo }

const empty: ViewerState = { status: 'loading', info: { viewer: null, thread: null, follow: null } }
const ViewerContext = createContext<ViewerState>(empty)
const VIEWER_CHANGED = 'askwell:viewer-changed'

/** Tells every viewer island on the page to look again. */
export const announceViewerChange = () => window.dispatchEvent(new Event(VIEWER_CHANGED))

/**
 * Fetches who is looking after the static page has loaded, so the page itself stays the same
 * cached HTML for everyone.
 */
export function ViewerProvider({
  questionId,
  follow,
  children,
}: {
  questionId?: number
  follow?: string
  children: React.ReactNode
}) {
  const [state, setState] = useState<ViewerState>(empty)
  // Signing in or out navigates without reloading the layout, so look again on every page, and
  // whenever a form says the viewer changed (a new name, say).
  const pathname = usePathname()
  const [version, setVersion] = useState(0)
  useEffect(() => {
    const bump = () => setVersion((v) => v + 1)
    window.addEventListener(VIEWER_CHANGED, bump)
    return () => window.removeEventListener(VIEWER_CHANGED, bump)
  }, [])
  useEffect(() => {
    const controller = new AbortController()
    const query = new URLSearchParams()
    if (questionId) query.set('question', String(questionId))
    if (follow) query.set('follow', follow)
    fetch(`/api/viewer${query.size ? `?${query}` : ''}`, { signal: controller.signal, cache: 'no-store' })
      .then((r) => (r.ok ? (r.json() as Promise<ViewerInfo>) : empty.info))
      .then((info) => setState({ status: 'ready', info }))
      .catch(() => {})
    return () => controller.abort()
  }, [questionId, follow, pathname, version])
  return <ViewerContext value={state}>{children}</ViewerContext>
}

export const useViewer = () => use(ViewerContext)
