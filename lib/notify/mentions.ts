/** The @handles a post mentions (at most 20, lowercased, without repeats). */
export function mentionedHandles(body: string): string[] {
  const handles = new Set<string>()
  for (const m of body.matchAll(/(?:^|[^\w@/])@([a-z0-9]+(?:-[a-z0-9]+)*)/gi)) {
    const handle = m[1]!.toLowerCase()
    if (handle.length >= 3 && handle.length <= 20) handles.add(handle)
    if (handles.size === 20) break
  }
  return [...handles]
}
