import type { Metadata } from 'next'
import { NewPasswordForm, ResetRequestForm } from '@/components/user/account-forms'

export const metadata: Metadata = { title: 'Reset your password', robots: { index: false } }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function ResetPasswordPage({ searchParams }: Props) {
  const { email, token } = await searchParams
  const hasLink = typeof email === 'string' && typeof token === 'string'
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-2xl font-semibold">{hasLink ? 'Choose a new password' : 'Reset your password'}</h1>
      <div className="mt-6">{hasLink ? <NewPasswordForm email={email} token={token} /> : <ResetRequestForm />}</div>
    </div>
  )
}
