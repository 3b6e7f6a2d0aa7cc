import { z } from 'zod'
import { MAX_TAGS } from '@/lib/tags/normalize'

const id = z.coerce.number().int().positive().max(2_147_483_647)

export const titleField = z
  .string()
  .trim()
  .min(10, 'Your title is a little short: say what you are asking in at least 10 characters.')
  .max(150, 'Keep the title under 150 characters; the details go in the body.')

const body = (what: string, min: number) =>
  z
    .string()
    .trim()
    .min(1, `Your ${what} is empty — write at least a sentence.`)
    .min(min, `Your ${what} is a little short — write at least a sentence.`)
    .max(30_000, `Your ${what} is longer than 30,000 characters; please shorten it.`)

/** Optional name and email of an anonymous poster (ignored for members). */
const anonymous = {
  anonName: z.string().trim().max(40, 'Keep the name under 40 characters.').optional(),
  anonEmail: z.union([z.literal(''), z.email('That email address does not look right.').max(254)]).optional(),
}

export const askQuestionInput = z.strictObject({
  title: titleField,
  body: z.string().trim().max(30_000, 'Your question is longer than 30,000 characters; please shorten it.'),
  categoryId: id,
  tags: z.array(z.string().max(40)).max(MAX_TAGS, `Use at most ${MAX_TAGS} tags.`),
  ...anonymous,
})
export type AskQuestionInput = z.infer<typeof askQuestionInput>

export const postAnswerInput = z.strictObject({ questionId: id, body: body('answer', 10), ...anonymous })
export type PostAnswerInput = z.infer<typeof postAnswerInput>

export const postCommentInput = z.strictObject({
  parentId: id,
  body: body('comment', 2).max(
    1_000,
    'Comments are short: up to 1,000 characters. Longer thoughts make a good answer.',
  ),
  ...anonymous,
})
export type PostCommentInput = z.infer<typeof postCommentInput>

export const editPostInput = z.strictObject({
  postId: id,
  title: titleField.optional(),
  body: z.string().trim().max(30_000, 'The text is longer than 30,000 characters; please shorten it.'),
  categoryId: id.optional(),
  tags: z.array(z.string().max(40)).max(MAX_TAGS, `Use at most ${MAX_TAGS} tags.`).optional(),
  comment: z.string().trim().max(200, 'Keep the edit summary under 200 characters.').optional(),
})
export type EditPostInput = z.infer<typeof editPostInput>

export const acceptAnswerInput = z.strictObject({ questionId: id, answerId: id.nullable() })
export type AcceptAnswerInput = z.infer<typeof acceptAnswerInput>

export const closeQuestionInput = z
  .strictObject({
    questionId: id,
    reason: z.string().trim().max(200, 'Keep the reason under 200 characters.').optional(),
    duplicateOfId: id.optional(),
  })
  .refine((v) => Boolean(v.reason) || v.duplicateOfId !== undefined, {
    message: 'Give a reason, or the question this one duplicates.',
    path: ['reason'],
  })
export type CloseQuestionInput = z.infer<typeof closeQuestionInput>

export const postIdInput = z.strictObject({ postId: id })
export const rollbackInput = z.strictObject({ postId: id, revision: id })
export type RollbackInput = z.infer<typeof rollbackInput>
