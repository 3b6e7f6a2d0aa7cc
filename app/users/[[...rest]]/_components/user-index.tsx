import Link from 'next/link'
import { notFound } from 'next/navigation'
import { ListHeader } from '@/components/question/list-header'
import { Pagination } from '@/components/ui/pagination'
import { readUsers } from '@/lib/cached'
import { profilePath } from '@/lib/slug'
import { compactNumber } from '@/lib/time'

export async function UserIndex({ page }: { page: number }) {
  const list = await readUsers(page)
  if (page > 1 && list.items.length === 0) notFound()
  return (
    <>
      <ListHeader
        title={page > 1 ? `Users, page ${page}` : 'Users'}
        intro={<p>Members by points earned for helpful questions and answers.</p>}
      />
      <ol className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {list.items.map((u) => (
          <li
            key={u.id}
            className="rounded-xl border border-stone-200 bg-white p-3 dark:border-stone-800 dark:bg-stone-900"
          >
            <Link href={profilePath(u)} className="font-medium text-accent-700 hover:underline dark:text-accent-300">
              {u.name}
            </Link>
            <p className="text-sm text-stone-600 dark:text-stone-400">
              @{u.handle} · {compactNumber(u.points)} points{u.role !== 'member' ? ` · ${u.role}` : ''}
            </p>
          </li>
        ))}
      </ol>
      <Pagination base="/users" page={page} pageCount={list.pageCount} />
    </>
  )
}
