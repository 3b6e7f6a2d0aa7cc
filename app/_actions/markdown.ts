'use server'

import { renderMarkdown } from '@/lib/markdown/render'

/** The sanitized HTML of a draft, for the editor's preview tab. */
export async function previewMarkdownAction(source: string): Promise<string> {
  if (typeof source !== 'string') return ''
  return renderMarkdown(source.slice(0, 30_000))
}
