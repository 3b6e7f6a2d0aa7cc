import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { HomeList } from '../../_components/home-list'
import { parseId } from '@/lib/route-params'
import { pageAlternates } from '@/lib/seo/alternates'

export const revalidate = 3600

export async function generateStaticParams() {
  return []
}

type Props = { params: Promise<{ n: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { n } = await params
  return { title: `Recent activity, page ${n}`, alternates: pageAlternates(`/page/${n}`) }
}

export default async function HomePageN({ params }: Props) {
  const page = parseId((await params).n)
  if (page === null || page === 1) notFound()
  return <HomeList page={page} />
}
