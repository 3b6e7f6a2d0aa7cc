import { notFound, permanentRedirect } from 'next/navigation'
import { readThread } from '@/lib/cached'
import { parseId } from '@/lib/route-params'
import { threadPath } from '@/lib/slug'

/** "/{id}" without its slug: 301 to the canonical thread URL (the server maps Next's 308 to 301). */
export default async function ThreadWithoutSlug({ params }: { params: Promise<{ id: string }> }) {
  const id = parseId((await params).id)
  if (id === null) notFound()
  const thread = await readThread(id)
  if (!thread) notFound()
  permanentRedirect(threadPath(thread))
}
