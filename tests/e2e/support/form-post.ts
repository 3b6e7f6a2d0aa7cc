import type { APIRequestContext, APIResponse, Locator } from '@playwright/test'

/** A form as a browser without JavaScript would submit it: where to, and every field in order. */
export type FormPost = { url: string; fields: [string, string][] }

/**
 * Reads `form` (rendered without JavaScript, so React's server-action fields are in it) the way
 * the browser builds its submission, with `submitter` (a button inside it) as the clicked button.
 */
export async function readFormPost(form: Locator, submitter?: Locator): Promise<FormPost> {
  const button = submitter ? await submitter.elementHandle() : null
  try {
    return await form.evaluate(
      (el: HTMLFormElement, clicked) => ({
        url: el.action.replace(/#.*$/, ''),
        fields: [...new FormData(el, clicked as HTMLButtonElement | null)].map(
          ([k, v]) => [k, typeof v === 'string' ? v : ''] as [string, string],
        ),
      }),
      button,
    )
  } finally {
    await button?.dispose()
  }
}

/**
 * POSTs the form as multipart/form-data with some fields replaced, without following redirects.
 * `headers` are sent as they are (an Origin of another site, a forwarded protocol…).
 */
export async function submitFormPost(
  request: APIRequestContext,
  form: FormPost,
  values: Record<string, string>,
  headers: Record<string, string>,
): Promise<APIResponse> {
  const missing = Object.keys(values).filter((name) => !form.fields.some(([k]) => k === name))
  if (missing.length > 0) throw new Error(`the form has no field named ${missing.join(', ')}`)
  const body = new FormData()
  for (const [name, value] of form.fields) body.append(name, name in values ? values[name]! : value)
  return request.post(form.url, { multipart: body, headers, maxRedirects: 0 })
}

/** Every Set-Cookie header among a response's headers (`headersArray()`), parsed: name, value and attributes (names lower-cased). */
export function parseSetCookies(
  headers: { name: string; value: string }[],
): { name: string; value: string; attributes: Map<string, string> }[] {
  return headers
    .filter((h) => h.name.toLowerCase() === 'set-cookie')
    .flatMap((h) => h.value.split('\n'))
    .map((line) => {
      const [pair = '', ...attrs] = line.split(';').map((s) => s.trim())
      const eq = pair.indexOf('=')
      const attributes = new Map(
        attrs
          .filter(Boolean)
          .map(
            (a) =>
              [a.split('=')[0]!.toLowerCase(), a.includes('=') ? a.slice(a.indexOf('=') + 1) : ''] as [string, string],
          ),
      )
      return { name: pair.slice(0, eq), value: pair.slice(eq + 1), attributes }
    })
}
