import { formatFullDate, timeAgo } from '@/lib/time'

export function TimeAgo({ iso }: { iso: string }) {
  return (
    <time dateTime={iso} title={formatFullDate(iso)}>
      {timeAgo(iso)}
    </time>
  )
}
