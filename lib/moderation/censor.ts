/** Text → the same text with censored words masked. */
export type Censor = (text: string) => string

export const noCensor: Censor = (text) => text

const wordChar = String.raw`[\p{L}\p{N}_]`
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

const compiled = new Map<string, Censor>()

/**
 * Masks whole words and phrases from the site's list with asterisks of the same length, in any
 * letter case, as Question2Answer does; a trailing * matches any ending ("hate*" masks "hateful").
 * Posts keep their words: masking happens when they are shown, so a changed list applies to all.
 */
export function makeCensor(words: string[]): Censor {
  const list = words.map((w) => w.trim()).filter(Boolean)
  if (list.length === 0) return noCensor
  const key = list.join('\n')
  const known = compiled.get(key)
  if (known) return known
  const alternatives = [...list]
    .sort((a, b) => b.length - a.length)
    .map((w) => (w.endsWith('*') ? `${escapeRegExp(w.replace(/\*+$/, ''))}${wordChar}*` : escapeRegExp(w)))
  const pattern = new RegExp(`(?<!${wordChar})(?:${alternatives.join('|')})(?!${wordChar})`, 'giu')
  const censor: Censor = (text) => text.replace(pattern, (match) => '*'.repeat([...match].length))
  if (compiled.size > 20) compiled.clear()
  compiled.set(key, censor)
  return censor
}
