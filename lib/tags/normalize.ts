import { findBidiControl, findControlCharacter } from '@/lib/text/characters'

export const MAX_TAGS = 5

// Letters that Unicode does not decompose into a base letter and an accent.
const folded: Record<string, string> = { ß: 'ss', ł: 'l', đ: 'd', ø: 'o', æ: 'ae', œ: 'oe', þ: 'th', ð: 'd', ı: 'i' }

/**
 * "Panic Attacks" → "panic-attacks"; null when nothing usable is left. Latin letters lose their
 * accents; letters and digits of other scripts stay (Question2Answer allows them too).
 */
export function normalizeTag(raw: string): string | null {
  // Refused, not stripped: "a\u0002b" or an overridden "gat" is not the tag it would quietly become.
  if (findControlCharacter(raw) || findBidiControl(raw)) return null
  const tag = raw
    .toLowerCase()
    .replace(/[ßłđøæœþðı]/g, (c) => folded[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .trim()
    .replace(/[\s_]+/g, '-')
    .replace(/[^\p{L}\p{N}-]/gu, '')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '')
  return tag.length >= 2 && tag.length <= 30 && tag !== 'page' ? tag : null
}

/** Tags typed as one field ("anxiety, sleep") or sent as several values, normalised and de-duplicated. */
export function parseTagList(values: string[]): { tags: string[]; rejected: string[] } {
  const tags: string[] = []
  const rejected: string[] = []
  for (const raw of values.flatMap((v) => v.split(/[,\s]+/)).filter(Boolean)) {
    const tag = normalizeTag(raw)
    if (tag === null) rejected.push(raw)
    else if (!tags.includes(tag)) tags.push(tag)
  }
  return { tags, rejected }
}
