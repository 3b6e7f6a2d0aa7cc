import type { Metadata, Viewport } from 'next'
import { SiteFooter } from '@/components/layout/site-footer'
import { SiteHeader } from '@/components/layout/site-header'
import { readSiteSettings } from '@/lib/cached'
import { siteFeed } from '@/lib/seo/alternates'
import { site } from '@/lib/site'
import './globals.css'

// The name and tagline come from the settings (cached under their tag), so an admin's change
// reaches every static page at once.
export async function generateMetadata(): Promise<Metadata> {
  const { name, tagline } = (await readSiteSettings()).site
  return {
    metadataBase: new URL(site.url),
    title: { default: tagline ? `${name} — ${tagline}` : name, template: `%s - ${name}` },
    description: `${name}${tagline ? `: ${tagline}` : ''}. Ask, answer and learn from people who have been there.`,
    applicationName: name,
    alternates: { types: { 'application/atom+xml': [siteFeed] } },
    openGraph: { siteName: name, type: 'website' },
    twitter: { card: 'summary_large_image' },
  }
}

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fafaf9' },
    { media: '(prefers-color-scheme: dark)', color: '#0c0a09' },
  ],
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const { name } = (await readSiteSettings()).site
  return (
    <html lang="en">
      <head>
        <link rel="search" type="application/opensearchdescription+xml" href="/opensearch.xml" title={name} />
      </head>
      <body className="flex min-h-screen flex-col">
        <SiteHeader name={name} />
        <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  )
}
