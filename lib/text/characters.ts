/**
 * Which characters a reader can see. Used by the length and emptiness rules of every field, so a
 * title of zero-width spaces is as empty as a blank one, and by the rules that refuse characters
 * no text of ours should hold.
 */

// Code points that render as nothing: soft hyphen, combining grapheme joiner, Hangul and braille
// fillers, Mongolian and variation selectors, zero-width spaces and joiners, direction marks and
// controls, word joiner and invisible operators, BOM, musical-symbol format codes, tag characters.
const INVISIBLE =
  /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u2800\u3164\uFE00-\uFE0F\uFEFF\uFFA0\u{1D173}-\u{1D17A}\u{E0000}-\u{E0FFF}]/gu

// C0 controls but tab, line feed and carriage return; DEL and C1; lone surrogates; U+FFFE/U+FFFF.
// Postgres refuses NUL, XML refuses the rest, and none of them means anything on a page.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|\p{Cs}/u

// Embeddings, overrides and isolates: they reorder the text around them, so "gpj.exe" can show as
// "exe.jpg". Direction marks (U+200E, U+200F, U+061C) only nudge neutral characters and stay allowed.
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u

const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`

/** The first character no text may hold, as "U+0002", or null. */
export function findControlCharacter(text: string): string | null {
  const m = CONTROL.exec(text)
  return m ? codePoint(m[0]) : null
}

/** The first text-direction control, as "U+202E", or null. */
export function findBidiControl(text: string): string | null {
  const m = BIDI_CONTROL.exec(text)
  return m ? codePoint(m[0]) : null
}

/** What a reader sees of a line of text: invisible characters gone, whitespace collapsed, trimmed. */
export function visibleText(text: string): string {
  return text.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim()
}

/** Length in characters as a reader counts them (code points, not UTF-16 units). */
export function visibleLength(text: string): number {
  return [...visibleText(text)].length
}
