'use server'

import { getActor } from '@/lib/auth/viewer'
import { previewMarkdown } from '@/lib/markdown/preview'

export type Preview = { html: string } | { error: string }

/** The sanitized HTML of a draft, for the editor's preview tab. */
export async function previewMarkdownAction(source: unknown): Promise<Preview> {
  if (typeof source !== 'string') return { error: 'There is nothing to preview.' }
  const result = await previewMarkdown(await getActor(), source)
  return result.ok ? { html: result.data } : { error: result.error.message }
}
