/**
 * What a reader gets for a page that was never rendered while the database is down: a plain page
 * that needs nothing (no database, no script, no stylesheet file), served with 503 and Retry-After
 * so crawlers come back instead of indexing an error.
 */
export const RETRY_AFTER_SECONDS = 30

export function unavailablePageHtml(siteName: string): string {
  const name = siteName.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Back in a moment - ${name}</title>
<style>
  body { margin: 0; font: 1.05rem/1.6 system-ui, sans-serif; background: #fafaf9; color: #1c1917; }
  main { max-width: 36rem; margin: 12vh auto; padding: 0 1.25rem; }
  h1 { font-size: 1.6rem; line-height: 1.3; }
  a { color: #0f766e; }
  @media (prefers-color-scheme: dark) { body { background: #0c0a09; color: #e7e5e4; } a { color: #5eead4; } }
</style>
</head>
<body>
<main>
<h1>This page is taking a short break</h1>
<p>${name} cannot reach its database right now, so this page cannot be shown yet. Pages you have read before still open, and nothing you posted is lost.</p>
<p>Please try again in a minute. <a href="/">Go to the home page</a></p>
</main>
</body>
</html>
`
}
