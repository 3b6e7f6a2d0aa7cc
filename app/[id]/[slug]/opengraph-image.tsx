import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { ImageResponse } from 'next/og'
import { readSiteSettings, readThread } from '@/lib/cached'
import { parseId } from '@/lib/route-params'

export const revalidate = 3600
export const size = { width: 1200, height: 630 }
export const contentType = 'image/png'
export const alt = 'The question, its votes and answers'

const fonts = Promise.all([
  readFile(path.join(process.cwd(), 'public/fonts/DejaVuSans-Bold.ttf')),
  readFile(path.join(process.cwd(), 'public/fonts/DejaVuSans.ttf')),
])

export default async function OpenGraphImage({ params }: { params: Promise<{ id: string }> }) {
  const id = parseId((await params).id)
  const thread = id === null ? null : await readThread(id)
  const [[bold, regular], { site }] = await Promise.all([fonts, readSiteSettings()])
  const title = thread?.title ?? site.name
  const stats = thread
    ? `${thread.score} votes · ${thread.answerCount} ${thread.answerCount === 1 ? 'answer' : 'answers'}`
    : site.tagline
  const category = thread?.breadcrumb.at(-1)?.name
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: 72,
        background: '#fafaf9',
        color: '#1c1917',
        fontFamily: 'DejaVu Sans',
      }}
    >
      <div style={{ display: 'flex', fontSize: 32, color: '#175a50', fontWeight: 700 }}>
        {site.name}
        {category ? ` · ${category}` : ''}
      </div>
      <div style={{ display: 'flex', fontSize: title.length > 90 ? 48 : 60, fontWeight: 700, lineHeight: 1.2 }}>
        {title}
      </div>
      <div style={{ display: 'flex', fontSize: 30, color: '#57534e' }}>{stats}</div>
    </div>,
    {
      ...size,
      fonts: [
        { name: 'DejaVu Sans', data: bold, weight: 700, style: 'normal' },
        { name: 'DejaVu Sans', data: regular, weight: 400, style: 'normal' },
      ],
    },
  )
}
