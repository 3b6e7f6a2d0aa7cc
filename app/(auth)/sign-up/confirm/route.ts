import { confirmSignUp } from '@/lib/auth/accounts'

export const dynamic = 'force-dynamic'

/** The link in the sign-up mail. */
export async function GET(request: Request) {
  const url = new URL(request.url)
  const email = (url.searchParams.get('email') ?? '').trim().toLowerCase()
  const token = url.searchParams.get('token') ?? ''
  const result = email && token ? await confirmSignUp(email, token) : null
  const target = result?.ok ? '/sign-in?confirmed=1' : '/sign-in?error=confirm'
  return new Response(null, { status: 303, headers: { Location: target } })
}
