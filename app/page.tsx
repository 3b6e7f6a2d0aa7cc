import type { Metadata } from 'next'
import { HomeList } from './_components/home-list'
import { pageAlternates } from '@/lib/seo/alternates'

export const revalidate = 3600

export const metadata: Metadata = { alternates: pageAlternates('/') }

export default function HomePage() {
  return <HomeList page={1} />
}
