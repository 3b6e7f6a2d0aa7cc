import { z } from 'zod'
import './messages'
import { findBidiControl, findControlCharacter, visibleLength } from './characters'

type Rules = { min: number; max: number; tooShort: string; tooLong: string }

/**
 * A one-line field (a title, a name, a summary): whitespace collapsed, control and
 * text-direction characters refused with the code point named, length counted as a reader sees it.
 * `label` starts the sentences ("Your title contains …").
 */
export function lineField(label: string, rules: Rules) {
  return z
    .string()
    .transform((s) => s.replace(/\s+/g, ' ').trim())
    .superRefine((s, ctx) => {
      const control = findControlCharacter(s)
      if (control)
        return ctx.addIssue({
          code: 'custom',
          message: `${label} contains a control character (${control}) that cannot be shown; please remove it.`,
        })
      const bidi = findBidiControl(s)
      if (bidi)
        return ctx.addIssue({
          code: 'custom',
          message: `${label} contains a text-direction override (${bidi}), which can disguise text; please remove it.`,
        })
      const shown = visibleLength(s)
      if (shown < rules.min) ctx.addIssue({ code: 'custom', message: rules.tooShort })
      else if (s.length > rules.max) ctx.addIssue({ code: 'custom', message: rules.tooLong })
    })
}

/** A single-line value that is not shown as prose (a reason, a search) but must still be storable. */
export function plainField(label: string, max: number, tooLong: string) {
  return z
    .string()
    .trim()
    .max(max, tooLong)
    .refine((s) => findControlCharacter(s) === null, {
      message: `${label} contains a control character that cannot be stored; please remove it.`,
    })
}
