import type { Metadata } from 'next'
import Link from 'next/link'
import { SignUpForm } from '@/components/user/account-forms'

export const metadata: Metadata = { title: 'Create an account', robots: { index: false } }

export default function SignUpPage() {
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-2xl font-semibold">Create an account</h1>
      <p className="mt-2 text-stone-700 dark:text-stone-300">
        Members can vote, choose best answers, edit their posts and follow topics.
      </p>
      <div className="mt-6">
        <SignUpForm />
      </div>
      <p className="mt-6">
        Already a member?{' '}
        <Link href="/sign-in" className="text-accent-700 underline dark:text-accent-300">
          Sign in
        </Link>
      </p>
    </div>
  )
}
