import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { UnsubscribeForm } from '@/components/notify/unsubscribe-form'
import { describeUnsubscribe } from '@/lib/notify/unsubscribe'
import { decodeSegment } from '@/lib/route-params'

export const metadata: Metadata = { title: 'Unsubscribe', robots: { index: false } }

// A confirmation step (rather than unsubscribing on GET) keeps mail scanners that open every
// link from unsubscribing people; mail clients use the one-click POST in List-Unsubscribe.
export default async function UnsubscribePage({ params }: { params: Promise<{ token: string }> }) {
  const token = decodeSegment((await params).token)
  if (token === null) notFound()
  const found = await describeUnsubscribe(token)
  return (
    <div className="max-w-xl">
      <h1 className="text-2xl font-semibold">Unsubscribe</h1>
      <div className="mt-4">
        {found.ok ? (
          <UnsubscribeForm token={token} stops={found.data.stops} />
        ) : (
          <p role="alert">{found.error.message}</p>
        )}
      </div>
      {found.ok && found.data.forMember && (
        <p className="mt-6 text-sm text-stone-600 dark:text-stone-400">
          Everything stays in your inbox on the site. To choose what reaches your email, see{' '}
          <Link href="/settings/notifications" className="text-accent-700 underline dark:text-accent-300">
            your notification settings
          </Link>
          .
        </p>
      )}
    </div>
  )
}
