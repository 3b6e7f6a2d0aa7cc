/** `endsAtCurrentPage`: the last item is the page itself (shown as text), not an ancestor of it. */
export function Breadcrumb({
  items,
  endsAtCurrentPage = true,
}: {
  items: { name: string; path: string }[]
  endsAtCurrentPage?: boolean
}) {
  return (
    <nav aria-label="Breadcrumb" className="mb-3 text-sm text-stone-600 dark:text-stone-400">
      <ol className="flex flex-wrap items-center gap-1">
        {items.map((item, i) => (
          <li key={item.path} className="flex items-center gap-1">
            {i > 0 && <span aria-hidden="true">›</span>}
            {endsAtCurrentPage && i === items.length - 1 ? (
              <span aria-current="page">{item.name}</span>
            ) : (
              <a href={item.path} className="hover:underline">
                {item.name}
              </a>
            )}
          </li>
        ))}
      </ol>
    </nav>
  )
}
