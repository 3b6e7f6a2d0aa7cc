import type { Metadata } from 'next'

export const metadata: Metadata = { title: 'Check your email', robots: { index: false } }

export default function CheckEmailPage() {
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-2xl font-semibold">Check your email</h1>
      <p className="mt-3">
        If the address can be used here, a message with a link is on its way. The link works once; open it on this
        device.
      </p>
      <p className="mt-3 text-stone-600 dark:text-stone-400">
        Nothing after a few minutes? Look in your spam folder, or try again.
      </p>
    </div>
  )
}
