import { z } from 'zod'
import { MAX_TAGS } from '@/lib/tags/normalize'
import { lineField, plainField } from '@/lib/text/fields'
import { markdownField } from '@/lib/text/markdown-field'

const id = z.coerce.number('Choose one.').int('Choose one.').positive('Choose one.').max(2_147_483_647, 'Choose one.')
const categoryId = z.coerce
  .number('Choose a category.')
  .int('Choose a category.')
  .positive('Choose a category.')
  .max(2_147_483_647, 'Choose a category.')

export const titleField = lineField('Your title', {
  min: 10,
  max: 150,
  tooShort: 'Your title is a little short: say what you are asking in at least 10 characters.',
  tooLong: 'Keep the title under 150 characters; the details go in the body.',
})

const body = (what: string, min: number, max = 30_000, tooLong?: string) =>
  markdownField(`Your ${what}`, {
    min,
    max,
    tooShort: `Your ${what} is empty or a little short — write at least a sentence.`,
    tooLong: tooLong ?? `Your ${what} is longer than 30,000 characters; please shorten it.`,
  })

/**
 * Tags as typed: one field ("anxiety, sleep") or several values. Each is checked when it is
 * normalised (lib/tags/normalize.ts); here only what could never be a list of five tags is refused.
 */
const tagList = z
  .array(z.string().max(400, 'That is more than five tags; use at most five.'))
  .max(MAX_TAGS, `Use at most ${MAX_TAGS} tags.`)

/** Optional name and email of an anonymous poster (ignored for members). */
const anonymous = {
  anonName: lineField('The name', {
    min: 0,
    max: 40,
    tooShort: '',
    tooLong: 'Keep the name under 40 characters.',
  }).optional(),
  anonEmail: z.union([z.literal(''), z.email('That email address does not look right.').max(254)]).optional(),
}

export const askQuestionInput = z.strictObject({
  title: titleField,
  body: body('question', 0),
  categoryId,
  tags: tagList,
  ...anonymous,
})
export type AskQuestionInput = z.infer<typeof askQuestionInput>

export const postAnswerInput = z.strictObject({ questionId: id, body: body('answer', 10), ...anonymous })
export type PostAnswerInput = z.infer<typeof postAnswerInput>

export const postCommentInput = z.strictObject({
  parentId: id,
  body: body('comment', 2, 1_000, 'Comments are short: up to 1,000 characters. Longer thoughts make a good answer.'),
  ...anonymous,
})
export type PostCommentInput = z.infer<typeof postCommentInput>

export const editPostInput = z.strictObject({
  postId: id,
  title: titleField.optional(),
  body: markdownField('The text', {
    min: 0,
    max: 30_000,
    tooShort: '',
    tooLong: 'The text is longer than 30,000 characters; please shorten it.',
  }),
  categoryId: categoryId.optional(),
  tags: tagList.optional(),
  comment: plainField('The edit summary', 200, 'Keep the edit summary under 200 characters.').optional(),
})
export type EditPostInput = z.infer<typeof editPostInput>

export const acceptAnswerInput = z.strictObject({ questionId: id, answerId: id.nullable() })
export type AcceptAnswerInput = z.infer<typeof acceptAnswerInput>

export const closeQuestionInput = z
  .strictObject({
    questionId: id,
    reason: plainField('The reason', 200, 'Keep the reason under 200 characters.').optional(),
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
