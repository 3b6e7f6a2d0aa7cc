import type { Metadata } from 'next'
import { readSiteSettings } from '@/lib/cached'
import { pageAlternates } from '@/lib/seo/alternates'

export const metadata: Metadata = { title: 'About', alternates: pageAlternates('/about') }

export default async function AboutPage() {
  const { site } = await readSiteSettings()
  return (
    <article className="prose-post max-w-2xl">
      <h1 className="text-2xl font-semibold">About {site.name}</h1>
      <p>
        {site.name} is a community{site.tagline && ` where people ${site.tagline}`}. Anyone can read every question and
        answer; members ask, answer, comment and vote, and the most helpful answers rise to the top.
      </p>
      <p>
        Answers here come from other people, not from professionals acting for you. If you are in danger or thinking
        about harming yourself, contact your local emergency number or a crisis line now.
      </p>
    </article>
  )
}
