import { z } from 'zod'

export const MAX_QUERY_CHARS = 300

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-01-31.')
  .refine((s) => !Number.isNaN(Date.parse(s)), 'That is not a real date.')

/** The /search page's parameters, as typed in the URL: anything is accepted and made safe. */
export const searchParams = z.object({
  q: z.string().max(100_000).optional(),
  category: z.string().max(200).optional(),
  tag: z.string().max(100).optional(),
  status: z.enum(['any', 'answered', 'unanswered', 'accepted'], 'Choose one of the answer filters.').optional(),
  from: day.optional().or(z.literal('')),
  to: day.optional().or(z.literal('')),
  page: z.coerce.number().int().min(1).max(500).catch(1),
})

export type SearchInput = {
  q: string
  /** True when the query was cut to MAX_QUERY_CHARS. */
  truncated: boolean
  category: { id: number; depth: number } | null
  tag: string | null
  status: 'any' | 'answered' | 'unanswered' | 'accepted'
  from: string | null
  to: string | null
  page: number
}

/** Control characters (NUL breaks Postgres text) out, whitespace collapsed, length capped. */
export function cleanQuery(raw: string | undefined): { q: string; truncated: boolean } {
  const q = (raw ?? '')
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  return q.length > MAX_QUERY_CHARS ? { q: q.slice(0, MAX_QUERY_CHARS), truncated: true } : { q, truncated: false }
}
