import { redirect } from 'next/navigation'
import { atLeast, type Member } from '@/lib/auth/actor'
import { canModerate } from '@/lib/auth/policy'
import { getViewer } from '@/lib/auth/viewer'

/**
 * The moderation pages' gate: signs a visitor in first (back to `path`), and returns the viewer
 * when they moderate, or null for a member who does not (show <ModeratorsOnly /> then).
 */
export async function moderatorFor(path: string): Promise<Member | null> {
  const viewer = await getViewer()
  if (!viewer) redirect(`/sign-in?callbackUrl=${encodeURIComponent(path)}`)
  return canModerate(viewer) ? viewer : null
}

function Refused({ title, children }: { title: string; children?: React.ReactNode }) {
  return (
    <div className="max-w-xl">
      <h1 className="text-2xl font-semibold">{title}</h1>
      {children && <p className="mt-3">{children}</p>}
    </div>
  )
}

export const ModeratorsOnly = ({ children }: { children?: React.ReactNode }) => (
  <Refused title="For moderators only">{children}</Refused>
)

/** The admin pages' gate: like `moderatorFor`, for admins. */
export async function adminFor(path: string): Promise<Member | null> {
  const viewer = await getViewer()
  if (!viewer) redirect(`/sign-in?callbackUrl=${encodeURIComponent(path)}`)
  return atLeast(viewer, 'admin') ? viewer : null
}

export const AdminsOnly = ({ children }: { children?: React.ReactNode }) => (
  <Refused title="For admins only">{children}</Refused>
)
