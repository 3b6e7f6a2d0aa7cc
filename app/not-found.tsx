import Link from 'next/link'

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl py-12 text-center">
      <h1 className="text-2xl font-semibold">This page isn’t here</h1>
      <p className="mt-3 text-stone-700 dark:text-stone-300">
        The question may have been removed, or the link may be mistyped.
      </p>
      <p className="mt-6">
        <Link
          href="/questions"
          className="inline-flex min-h-11 items-center rounded-lg bg-accent-600 px-4 font-medium text-white hover:bg-accent-700"
        >
          Browse questions
        </Link>
      </p>
    </div>
  )
}
