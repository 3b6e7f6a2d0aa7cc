import { tagPath } from '@/lib/slug'

export function TagChip({ name }: { name: string }) {
  return (
    <a
      href={tagPath(name)}
      className="inline-flex min-h-7 items-center rounded-full bg-accent-50 px-2.5 text-sm text-accent-700 hover:bg-accent-100 dark:bg-accent-700/25 dark:text-accent-200 dark:hover:bg-accent-700/40"
    >
      {name}
    </a>
  )
}

export function TagList({ tags, label }: { tags: string[]; label: string }) {
  if (tags.length === 0) return null
  return (
    <ul className="flex flex-wrap gap-1.5" aria-label={label}>
      {tags.map((t) => (
        <li key={t}>
          <TagChip name={t} />
        </li>
      ))}
    </ul>
  )
}
