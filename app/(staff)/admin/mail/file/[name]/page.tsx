import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound, redirect } from 'next/navigation'
import { getViewer } from '@/lib/auth/viewer'
import { readLocalMail } from '@/lib/notify/mail-admin-queries'
import { decodeSegment } from '@/lib/route-params'

export const metadata: Metadata = { title: 'Mail message', robots: { index: false } }

export default async function MailFilePage({ params }: { params: Promise<{ name: string }> }) {
  const viewer = await getViewer()
  if (!viewer) redirect('/sign-in?callbackUrl=%2Fadmin%2Fmail')
  const name = decodeSegment((await params).name)
  if (name === null) notFound()
  const read = await readLocalMail(viewer, name)
  if (!read.ok || read.data === null) notFound()
  const raw = read.data
  return (
    <div className="max-w-5xl">
      <p>
        <Link href="/admin/mail" className="text-accent-700 underline dark:text-accent-300">
          Back to mail
        </Link>
      </p>
      <h1 className="mt-3 break-all text-xl font-semibold">{name}</h1>
      <pre className="mt-4 overflow-x-auto whitespace-pre-wrap rounded-lg border border-stone-200 bg-white p-4 text-xs dark:border-stone-800 dark:bg-stone-900">
        {raw}
      </pre>
    </div>
  )
}
