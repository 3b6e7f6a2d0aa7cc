/** Renders HTML produced by lib/markdown/render.ts and nothing else. */
export function MarkdownBody({ html, className = '' }: { html: string; className?: string }) {
  // sanitized in lib/markdown/render.ts; do not pass any other HTML here
  return <div className={`prose-post ${className}`} dangerouslySetInnerHTML={{ __html: html }} />
}
