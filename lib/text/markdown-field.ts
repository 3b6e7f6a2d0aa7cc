import { z } from 'zod'
import { renderedContent } from '@/lib/markdown/render'
import { findControlCharacter, visibleLength } from './characters'

type Rules = { min: number; max: number; tooShort: string; tooLong: string }

/**
 * Markdown a reader will see rendered: control characters refused (Postgres cannot store NUL; feeds
 * cannot carry the rest), and the minimum counted on what the rendered, sanitized post shows. Images
 * count as content. `min` 0 allows an empty text (a question's details).
 */
export function markdownField(label: string, rules: Rules) {
  return z
    .string()
    .trim()
    .superRefine((s, ctx) => {
      const control = findControlCharacter(s)
      if (control)
        return ctx.addIssue({
          code: 'custom',
          message: `${label} contains a control character (${control}) that cannot be shown; please remove it.`,
        })
      if (s.length > rules.max) return ctx.addIssue({ code: 'custom', message: rules.tooLong })
      if (rules.min > 0 && !showsAtLeast(s, rules.min)) ctx.addIssue({ code: 'custom', message: rules.tooShort })
    })
}

/** Whether rendered markdown shows a reader an image or at least `min` visible characters. */
export function showsAtLeast(source: string, min: number): boolean {
  const shown = renderedContent(source)
  return shown.images > 0 || visibleLength(shown.text) >= min
}
