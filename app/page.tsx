import { HomeList } from './_components/home-list'

export const revalidate = 3600

export default function HomePage() {
  return <HomeList page={1} />
}
