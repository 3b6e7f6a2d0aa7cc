const decode = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')

/**
 * The hidden fields of the first <form> whose opening tag matches `selector` (and whose content
 * includes `containing`, when given), as a browser without JavaScript would submit them (React's
 * server-action fields included).
 */
export function hiddenFields(
  html: string,
  selector: RegExp,
  containing?: string,
): { action: string; fields: [string, string][] } {
  const forms = html.split('<form').slice(1)
  const form = forms.find(
    (f) =>
      selector.test(f.slice(0, f.indexOf('>'))) &&
      (containing === undefined || f.slice(0, f.indexOf('</form>')).includes(containing)),
  )
  if (!form) throw new Error(`no form matching ${selector}`)
  const body = form.slice(0, form.indexOf('</form>'))
  const action = decode(/action="([^"]*)"/.exec(body)?.[1] ?? '')
  const fields = [...body.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?\/?>/g)].map(
    (m) => [decode(m[1]!), decode(m[2] ?? '')] as [string, string],
  )
  return { action, fields }
}
