'use server'

import { redirect } from 'next/navigation'
import { refreshTags } from './refresh'
import type { Member } from '@/lib/auth/actor'
import { getViewer } from '@/lib/auth/viewer'
import {
  createCategory,
  mergeCategory,
  moveCategory,
  reorderCategory,
  updateCategory,
  type CategoryChange,
} from '@/lib/categories/admin'
import {
  createCategoryInput,
  mergeCategoryInput,
  moveCategoryInput,
  reorderCategoryInput,
  updateCategoryInput,
} from '@/lib/categories/admin-schemas'
import { parseForm } from '@/lib/forms'
import type { FormState, Result } from '@/lib/result'

// Plain <form action> posts (no JavaScript needed): each ends in a redirect back to the page, which
// shows `error` next to `field` of the form `form`, or `done` as a status message.
const PAGE = '/admin/categories'
const NEW_FORM = 'new-category'

// What was entered goes back with an error (as v.{field}), so the form shows it to correct.
const ENTERED = ['name', 'slug', 'description', 'parentId', 'targetId']

function back(form: string, outcome: { error: string; field?: string } | { done: string }, entered?: FormData): never {
  const params = new URLSearchParams({ form })
  for (const [key, value] of Object.entries(outcome)) if (value) params.set(key, value)
  for (const key of ENTERED) {
    const value = entered?.get(key)
    if (typeof value === 'string') params.set(`v.${key}`, value)
  }
  redirect(`${PAGE}?${params}#${form}`)
}

/** The first field error of a failed parse, for the field it concerns. */
function invalid(form: string, state: FormState, entered: FormData): never {
  const [field, messages] = (state.status === 'error' && Object.entries(state.fieldErrors ?? {})[0]) || []
  return back(form, { error: messages?.[0] ?? 'Check the form.', field }, entered)
}

async function signedIn(): Promise<Member> {
  const viewer = await getViewer()
  if (!viewer) redirect(`/sign-in?callbackUrl=${encodeURIComponent(PAGE)}`)
  return viewer
}

/** Refreshes what the change touched and says how it went, next to the row it concerns. */
function settle(form: string, result: Result<CategoryChange>, done: string, entered: FormData): never {
  if (!result.ok) return back(form, { error: result.error.message, field: result.error.field }, entered)
  refreshTags(result.data.refresh)
  return back(`category-${result.data.id}`, { done: result.data.refresh.length ? done : 'Nothing changed.' })
}

/** The row a category's forms sit in (the page shows an unknown row's message at the top). */
const rowOf = (form: FormData) => `category-${Number(form.get('id')) || 0}`

export async function createCategoryAction(form: FormData): Promise<void> {
  const input = parseForm(createCategoryInput, form, { single: ['name', 'slug', 'description', 'parentId'] })
  if (!input.ok) return invalid(NEW_FORM, input.state, form)
  const viewer = await signedIn()
  return settle(NEW_FORM, await createCategory(viewer, input.data), 'Category created.', form)
}

export async function updateCategoryAction(form: FormData): Promise<void> {
  const input = parseForm(updateCategoryInput, form, { single: ['id', 'name', 'slug', 'description'] })
  if (!input.ok) return invalid(rowOf(form), input.state, form)
  const viewer = await signedIn()
  return settle(rowOf(form), await updateCategory(viewer, input.data), 'Saved.', form)
}

export async function moveCategoryAction(form: FormData): Promise<void> {
  const input = parseForm(moveCategoryInput, form, { single: ['id', 'parentId'] })
  if (!input.ok) return invalid(rowOf(form), input.state, form)
  const viewer = await signedIn()
  return settle(
    rowOf(form),
    await moveCategory(viewer, input.data),
    'Moved, with its subcategories and questions.',
    form,
  )
}

export async function reorderCategoryAction(form: FormData): Promise<void> {
  const input = parseForm(reorderCategoryInput, form, { single: ['id', 'direction'] })
  if (!input.ok) return invalid(rowOf(form), input.state, form)
  const viewer = await signedIn()
  return settle(rowOf(form), await reorderCategory(viewer, input.data), 'Order changed.', form)
}

export async function mergeCategoryAction(form: FormData): Promise<void> {
  const input = parseForm(mergeCategoryInput, form, { single: ['id', 'targetId', 'confirm'] })
  if (!input.ok) return invalid(rowOf(form), input.state, form)
  const viewer = await signedIn()
  return settle(
    rowOf(form),
    await mergeCategory(viewer, input.data),
    'Merged: its questions, subcategories and followers are here now.',
    form,
  )
}
