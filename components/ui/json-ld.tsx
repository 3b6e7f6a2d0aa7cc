import { serializeJsonLd } from '@/lib/seo/json-ld'

export function JsonLd({ data }: { data: Record<string, unknown> }) {
  // serializeJsonLd escapes "<", so user text cannot end the script element
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />
}
