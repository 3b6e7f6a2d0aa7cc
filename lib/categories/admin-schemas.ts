import { z } from 'zod'
import { slugify } from '@/lib/slug'
import { lineField, plainField } from '@/lib/text/fields'

/** Questions carry four chain columns (category1..4), so the tree can be no deeper. */
export const MAX_CATEGORY_DEPTH = 4
const MAX_SLUG = 60
// Whatever slugify keeps (Unicode letters and digits), lowercase, in hyphen-separated words.
const slugPattern = /^[\p{Ll}\p{Lo}\p{N}]+(?:-[\p{Ll}\p{Lo}\p{N}]+)*$/u

/** Why a slug cannot be used, or null. "page" is taken by page numbers: /categories/x/page/2. */
function slugProblem(slug: string): string | null {
  if (!slugPattern.test(slug)) return 'Use lowercase letters, digits and single hyphens, e.g. "work-and-study".'
  if (slug === 'page') return 'The address “page” is kept for page numbers: choose another.'
  return null
}

const categoryId = (message: string) =>
  z.coerce.number(message).int(message).positive(message).max(2_147_483_647, message)
const id = categoryId('Choose a category.')
/** Empty (or absent) means the top level. */
const parentId = z
  .union([z.literal(''), categoryId('Choose a category from the list.')], 'Choose a category from the list.')
  .optional()
  .transform((v) => (typeof v === 'number' ? v : null))

const name = lineField('The name', {
  min: 1,
  max: 80,
  tooShort: 'Give the category a name.',
  tooLong: 'Keep the name to 80 characters.',
})
const slug = z
  .string()
  .trim()
  .toLowerCase()
  .max(MAX_SLUG, `Keep the address to ${MAX_SLUG} characters.`)
  .refine((s) => s === '' || slugProblem(s) === null, {
    error: (issue) => slugProblem(String(issue.input)) ?? 'Check the address.',
  })
  .default('')
const description = plainField('The description', 300, 'Keep the description to 300 characters.').default('')

/** The slug typed, or (left empty) one made from the name. */
function withSlug<T extends { name: string; slug: string }>(v: T, ctx: z.RefinementCtx<T>): T {
  if (v.slug) return v
  const made = slugify(v.name).slice(0, MAX_SLUG).replace(/-+$/, '')
  // slugify falls back to "question" for a name without letters or digits: ask for an address instead.
  const problem = /[\p{L}\p{N}]/u.test(v.name)
    ? slugProblem(made)
    : 'Type an address: the name has no letters or digits to make one from.'
  if (problem) {
    ctx.addIssue({ code: 'custom', path: ['slug'], message: problem })
    return z.NEVER
  }
  return { ...v, slug: made }
}

export const createCategoryInput = z.strictObject({ name, slug, description, parentId }).transform(withSlug)
export type CreateCategoryInput = z.infer<typeof createCategoryInput>

export const updateCategoryInput = z.strictObject({ id, name, slug, description }).transform(withSlug)
export type UpdateCategoryInput = z.infer<typeof updateCategoryInput>

export const moveCategoryInput = z.strictObject({ id, parentId })
export type MoveCategoryInput = z.infer<typeof moveCategoryInput>

export const reorderCategoryInput = z.strictObject({ id, direction: z.enum(['up', 'down'], 'Choose up or down.') })
export type ReorderCategoryInput = z.infer<typeof reorderCategoryInput>

export const mergeCategoryInput = z.strictObject({
  id,
  targetId: categoryId('Choose the category to merge into.'),
  confirm: z.literal('on', 'Tick the box to confirm: the merged category is removed.'),
})
export type MergeCategoryInput = z.infer<typeof mergeCategoryInput>
