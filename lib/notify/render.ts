import 'server-only'
import { sql } from 'drizzle-orm'
import { getDb } from '@/db/client'
import { layout } from '@/lib/mail/templates'
import { siteName } from '@/lib/settings/queries'
import type { Mail } from '@/lib/mail/send'
import { absoluteUrl, site } from '@/lib/site'
import { notificationHeadline } from './headline'
import { unsubscribeToken, type UnsubscribeScope } from './unsubscribe-token'

export type OutboxRow = {
  id: number
  key: string
  userId: number | null
  toEmail: string | null
  kind: string
  payload: Record<string, unknown>
}

type Item = {
  id: number
  kind: string
  reason: string
  userId: number
  email: string | null
  questionId: number
  postId: number
  title: string
  slug: string
  actor: string | null
  excerpt: string
}

/** The inbox rows behind a mail, with what they point at, skipping any whose post is gone. */
async function loadItems(ids: number[]): Promise<Item[]> {
  if (!ids.length) return []
  const { rows } = await getDb().execute<Item>(sql`
    select n.id, n.kind, n.reason, n.user_id as "userId", u.email, n.question_id as "questionId", n.post_id as "postId",
      q.title, q.slug, coalesce(a.display_name, p.anon_name) as actor, left(p.body, 240) as excerpt
    from notifications n
    join users u on u.id = n.user_id
    join questions q on q.id = n.question_id and q.status = 'visible'
    join lateral (
      select body, anon_name, status from questions where id = n.post_id
      union all select body, anon_name, status from answers where id = n.post_id
      union all select body, anon_name, status from comments where id = n.post_id
    ) p on p.status = 'visible'
    left join users a on a.id = n.actor_id
    where n.id in (${sql.join(
      ids.map((id) => sql`${id}`),
      sql`, `,
    )})
    order by n.id`)
  return rows
}

const anchor = (kind: string, postId: number) =>
  kind === 'new_answer' || kind === 'accepted' ? `#a${postId}` : kind === 'new_comment' ? `#c${postId}` : ''
const itemUrl = (i: Pick<Item, 'questionId' | 'slug' | 'kind' | 'postId'>) =>
  absoluteUrl(`/${i.questionId}/${i.slug}${anchor(i.kind, i.postId)}`)
const plain = (markdown: string) =>
  markdown
    .replace(/[#*_`>[\]()!]/g, '')
    .replace(/\s+/g, ' ')
    .trim()

const why: Record<string, string> = {
  own_post: 'You get this because it is about your post.',
  commented: 'You get this because you commented there.',
  mention: 'You get this because you were mentioned.',
  question: 'You get this because you follow this question.',
  user: 'You get this because you follow its author.',
  category: 'You get this because you follow its category.',
  tag: 'You get this because you follow one of its tags.',
}

function scopeFor(i: Item): UnsubscribeScope {
  if (i.reason === 'question') return { kind: 'question', userId: i.userId, questionId: i.questionId }
  if (['user', 'category', 'tag'].includes(i.reason)) return { kind: 'followed', userId: i.userId }
  return { kind: 'own', userId: i.userId }
}

/** RFC 8058 one-click unsubscribe, plus the same link in the body. */
function withUnsubscribe(scope: UnsubscribeScope, key: string) {
  const token = unsubscribeToken(scope)
  const oneClick = absoluteUrl(`/api/unsubscribe/${token}`)
  return {
    footerLink: { url: absoluteUrl(`/unsubscribe/${token}`), label: 'Unsubscribe' },
    headers: {
      'List-Unsubscribe': `<${oneClick}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      'X-Askwell-Key': key,
    },
  }
}

const messageId = (key: string) => `<${key.replace(/[^a-zA-Z0-9.-]/g, '.')}@${new URL(site.url).hostname}>`

/** The mail for one outbox row, or null when there is nothing left to say (posts gone, no address). */
export async function renderOutboxMessage(row: OutboxRow): Promise<Mail | null> {
  if (row.kind === 'notification' || row.kind === 'digest') {
    const items = await loadItems((row.payload.notificationIds as number[]) ?? [])
    const first = items[0]
    if (!first?.email) return null
    if (row.kind === 'notification') {
      const unsubscribe = withUnsubscribe(scopeFor(first), row.key)
      const body = layout(
        await siteName(),
        notificationHeadline(first),
        [plain(first.excerpt), why[first.reason] ?? ''].filter(Boolean),
        { url: itemUrl(first), label: 'Open it' },
        { text: 'Stop these emails:', link: unsubscribe.footerLink },
      )
      return {
        to: first.email,
        subject: notificationHeadline(first),
        ...body,
        headers: unsubscribe.headers,
        messageId: messageId(row.key),
      }
    }
    const cadence = row.payload.cadence === 'weekly' ? 'weekly' : 'daily'
    const unsubscribe = withUnsubscribe({ kind: 'digest', userId: first.userId, cadence }, row.key)
    const lines = items.map((i) => `${notificationHeadline(i)} — ${itemUrl(i)}`)
    const title = `Your ${cadence} digest from ${await siteName()}: ${items.length} new ${items.length === 1 ? 'post' : 'posts'}`
    const body = layout(
      await siteName(),
      title,
      lines,
      { url: absoluteUrl('/notifications'), label: 'Open your inbox' },
      { text: `Stop the ${cadence} digest:`, link: unsubscribe.footerLink },
    )
    return { to: first.email, subject: title, ...body, headers: unsubscribe.headers, messageId: messageId(row.key) }
  }
  if (row.kind === 'anonymous' && row.toEmail) {
    const p = row.payload as { event: 'comment' | 'accepted'; postId: number; causeId: number; questionId: number }
    const { rows } = await getDb().execute<{ title: string; slug: string }>(
      sql`select title, slug from questions where id = ${p.questionId} and status = 'visible'`,
    )
    const q = rows[0]
    if (!q) return null
    const title =
      p.event === 'accepted'
        ? `Your answer was chosen as the best answer to “${q.title}”`
        : `New comment on your post in “${q.title}”`
    const url = absoluteUrl(`/${p.questionId}/${q.slug}${p.event === 'accepted' ? `#a${p.causeId}` : `#c${p.causeId}`}`)
    const unsubscribe = withUnsubscribe({ kind: 'address', email: row.toEmail }, row.key)
    const body = layout(
      await siteName(),
      title,
      ['You left this address when you posted without an account, so we let you know.'],
      { url, label: 'Open it' },
      { text: 'No more email to this address:', link: unsubscribe.footerLink },
    )
    return { to: row.toEmail, subject: title, ...body, headers: unsubscribe.headers, messageId: messageId(row.key) }
  }
  return null
}
