export const MAX_TAGS = 5

/** "Panic Attacks" → "panic-attacks"; null when nothing usable is left. */
export function normalizeTag(raw: string): string | null {
  const tag = raw
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim()
    .replace(/[\s_]+/g, '-')
    .replace(/[^a-z0-9-]/g, '')
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
