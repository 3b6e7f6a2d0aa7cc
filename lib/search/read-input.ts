import 'server-only'
import { z } from 'zod'
import { getCategoryById } from '@/lib/categories/queries'
import { normalizeTag } from '@/lib/tags/normalize'
import { cleanQuery, searchParams, type SearchInput } from './schemas'

type Raw = Record<string, string | string[] | undefined>

/**
 * The search page's URL parameters as a search, and the errors to show next to the fields that
 * could not be used (those filters are left out, the rest of the search still runs).
 */
export async function readSearchInput(raw: Raw): Promise<{ input: SearchInput; errors: Record<string, string> }> {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)
  const values = Object.fromEntries(
    ['q', 'category', 'tag', 'status', 'from', 'to', 'page'].map((k) => [k, first(raw[k])]),
  )
  const errors: Record<string, string> = {}
  const parsed = searchParams.safeParse(values)
  const data = parsed.success ? parsed.data : searchParams.partial().catch({}).parse({})
  if (!parsed.success) {
    for (const [field, messages] of Object.entries(
      z.flattenError(parsed.error).fieldErrors as Record<string, string[]>,
    ))
      errors[field] = messages[0] ?? 'Not usable.'
    // Keep every field that was fine on its own.
    for (const key of Object.keys(values)) {
      if (errors[key]) continue
      const one = searchParams.shape[key as keyof typeof searchParams.shape]?.safeParse(values[key])
      if (one?.success) (data as Record<string, unknown>)[key] = one.data
    }
  }
  const { q, truncated } = cleanQuery(data.q)
  let category: SearchInput['category'] = null
  if (data.category) {
    const id = Number(data.category)
    const found = Number.isInteger(id) && id > 0 && id < 2 ** 31 ? await getCategoryById(id) : null
    if (found) category = { id: found.id, depth: found.depth }
    else errors.category = 'There is no such category.'
  }
  const tag = data.tag ? normalizeTag(data.tag) : null
  if (data.tag && !tag) errors.tag = 'That is not a tag name.'
  return {
    input: {
      q,
      truncated,
      category,
      tag,
      status: data.status ?? 'any',
      from: data.from || null,
      to: data.to || null,
      page: data.page ?? 1,
    },
    errors,
  }
}
