'use server'

import { redirect } from 'next/navigation'
import type { z } from 'zod'
import { refreshTags } from './refresh'
import { getViewer } from '@/lib/auth/viewer'
import { createCategory, mergeCategory, moveCategory, reorderCategory, updateCategory } from '@/lib/categories/admin'
import { createCategoryInput, mergeCategoryInput, moveCategoryInput, reorderCategoryInput, updateCategoryInput } from '@/lib/categories/admin-schemas'
import type { Actor } from '@/lib/auth/actor'
import type { Result } from '@/lib/result'

/** Back to the categories page: the message next to the form (`form`) and field it concerns. */
const back = (params: Record<string, string>): never => redirect(`/admin/categories?${new URLSearchParams(params)}#${params.form ?? 'top'}`)

/**
 * The shape every category form shares (plain posts, no JavaScript needed): parse, authorize and
 * change in lib, refresh what it shows, and say how it went next to the form.
 */
async function run<S extends z.ZodType>(
  formId: (form: FormData) => string,
  schema: S,
  fields: string[],
  form: FormData,
  change: (actor: Actor, input: z.infer<S>) => Promise<Result<{ refresh: string[]; id: number }>>,
  done: string,
): Promise<void> {
  const where = formId(form)
  const raw = Object.fromEntries(fields.flatMap((f) => (typeof form.get(f) === 'string' ? [[f, form.get(f) as string]] : [])))
  const parsed = schema.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    return back({ form: where, field: String(issue?.path[0] ?? ''), error: issue?.message ?? 'Check the form.' })
  }
  const viewer = await getViewer()
  if (!viewer) redirect('/sign-in?callbackUrl=%2Fadmin%2Fcategories')
  const result = await change(viewer, parsed.data)
  if (!result.ok) return back({ form: where, field: result.error.field ?? '', error: result.error.message })
  refreshTags(result.data.refresh)
  return back({ form: `category-${result.data.id}`, done })
}

const rowOf = (form: FormData) => `category-${Number(form.get('id')) || 0}`

export async function createCategoryAction(form: FormData): Promise<void> {
  return run(() => 'new-category', createCategoryInput, ['name', 'slug', 'description', 'parentId'], form, createCategory, 'Category created.')
}

export async function updateCategoryAction(form: FormData): Promise<void> {
  return run(rowOf, updateCategoryInput, ['id', 'name', 'slug', 'description'], form, updateCategory, 'Saved.')
}

export async function moveCategoryAction(form: FormData): Promise<void> {
  return run(rowOf, moveCategoryInput, ['id', 'parentId'], form, moveCategory, 'Moved, with its subcategories and questions.')
}

export async function reorderCategoryAction(form: FormData): Promise<void> {
  return run(rowOf, reorderCategoryInput, ['id', 'direction'], form, reorderCategory, 'Order changed.')
}

export async function mergeCategoryAction(form: FormData): Promise<void> {
  return run(rowOf, mergeCategoryInput, ['id', 'targetId', 'confirm'], form, mergeCategory, 'Merged: its questions, subcategories and followers moved here.')
}
