'use client'

import { useSyncExternalStore } from 'react'

const neverChanges = () => () => {}

/**
 * False in the server's HTML and while hydrating it, true once scripts run: controls that need
 * JavaScript appear only then, so the static page stays one HTML for everyone.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    neverChanges,
    () => true,
    () => false,
  )
}
