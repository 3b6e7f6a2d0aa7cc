'use client'

import { useActionState, useId, useState } from 'react'
import { setFollowAction } from '@/app/_actions/follows'
import { useHydrated } from '@/components/ui/use-hydrated'
import { useViewer, ViewerProvider } from '@/components/viewer/viewer-context'
import type { FollowLevel, FollowTarget } from '@/lib/follows/schemas'
import { initialFormState } from '@/lib/result'

const options = [
  { value: 'none', label: 'Not following' },
  { value: 'watching', label: 'Watching — inbox and email' },
  { value: 'tracking', label: 'Tracking — inbox only' },
  { value: 'muted', label: 'Muted — nothing from here' },
] as const

function Control({
  targetType,
  targetId,
  returnTo,
  what,
  level,
}: {
  targetType: FollowTarget
  targetId: number
  returnTo: string
  what: string
  level?: FollowLevel
}) {
  const { info } = useViewer()
  const [state, action, pending] = useActionState(setFollowAction, initialFormState, returnTo)
  const hydrated = useHydrated()
  const id = useId()
  // The viewer's level arrives after load; a choice the reader already made wins over it.
  const [chosen, setChosen] = useState<string | null>(null)
  const current = chosen ?? level ?? info.follow?.level ?? 'none'
  return (
    <form action={action} className="flex flex-wrap items-center gap-2 text-sm">
      <input type="hidden" name="targetType" value={targetType} />
      <input type="hidden" name="targetId" value={targetId} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <input type="hidden" name="js" value={hydrated ? '1' : '0'} />
      <label htmlFor={id} className="font-medium">
        Follow {what}
      </label>
      <select
        id={id}
        name="level"
        value={current}
        onChange={(e) => setChosen(e.target.value)}
        className="min-h-11 rounded-lg border border-stone-300 bg-white px-2 dark:border-stone-600 dark:bg-stone-900"
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <button
        type="submit"
        disabled={pending}
        className="inline-flex min-h-11 items-center rounded-lg border border-stone-300 px-3 font-medium hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800"
      >
        {pending ? 'Saving…' : 'Save'}
      </button>
      <span
        role="status"
        aria-live="polite"
        className={state.status === 'error' ? 'text-red-700 dark:text-red-300' : 'text-stone-600 dark:text-stone-400'}
      >
        {state.status === 'success' ? state.message : state.status === 'error' ? state.message : ''}
      </span>
    </form>
  )
}

/** The follow control for a static page: its state comes from the viewer island, never the HTML. */
export function FollowControl(props: {
  targetType: FollowTarget
  targetId: number
  returnTo: string
  what: string
  ownProvider?: boolean
  level?: FollowLevel
}) {
  // A page that already knows the level (the settings list), or sits inside a thread's provider.
  if (!props.ownProvider || props.level) return <Control {...props} />
  return (
    <ViewerProvider follow={`${props.targetType}:${props.targetId}`}>
      <Control {...props} />
    </ViewerProvider>
  )
}
