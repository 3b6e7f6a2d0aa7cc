import type { Metadata } from 'next'
import { readSiteSettings } from '@/lib/cached'
import { pageAlternates } from '@/lib/seo/alternates'

export const metadata: Metadata = { title: 'Privacy', alternates: pageAlternates('/privacy') }

export default async function PrivacyPage() {
  const { site } = await readSiteSettings()
  return (
    <article className="prose-post max-w-2xl">
      <h1 className="text-2xl font-semibold">Privacy</h1>
      <p>
        {site.name} shows your display name, your posts and your points. Your email address is never shown on the site
        or sent to other people; it is only used to sign you in and to send the notifications you ask for.
      </p>
      <p>
        If you post without an account, the email you may give is only used to tell you when your answer is selected or
        commented on.
      </p>
      <p>
        Pages are served from a cache that is the same for every reader, so reading a question does not record who you
        are.
      </p>
    </article>
  )
}
