import 'server-only'
import { sql, type SQL } from 'drizzle-orm'
import type { Tx } from '@/lib/posts/locate'
import { mentionedHandles } from './mentions'

/**
 * Who hears about a write, decided in SQL inside the write's own transaction (the outbox): inbox
 * rows for members and, for those who get mail at once, outbox rows the worker sends. One row per
 * person per event; never the author; muted wins over any other rule that matches.
 */

export type NewPost = {
  id: number
  type: 'question' | 'answer' | 'comment'
  questionId: number
  /** For a comment: the question or answer it is on. */
  parentId: number | null
  authorId: number | null
  body: string
}

// Lower rank wins when one person matches several rules: it names why they hear about it and
// which of their two mail cadences applies (the first four are about their own activity).
const OWN_REASONS = ['mention', 'own_post', 'commented', 'question'] as const
const rank = (reason: string) =>
  sql.raw(String(['mention', 'own_post', 'commented', 'question', 'user', 'category', 'tag'].indexOf(reason)))

/** Inbox rows for `candidates` (user_id, reason, level, rank), then outbox rows for immediate mail. */
async function deliver(
  tx: Tx,
  candidates: SQL,
  event: { kind: string; questionId: number; postId: number; actorId: number | null },
): Promise<void> {
  await tx.execute(sql`
    with candidates(user_id, reason, level, rank) as (${candidates}),
    people as (
      select user_id, bool_or(level = 'muted') as muted, bool_or(level = 'watching') as watching, (array_agg(reason order by rank))[1] as reason
      from candidates where user_id is distinct from ${event.actorId} group by user_id
    ),
    inbox as (
      insert into notifications (user_id, kind, question_id, post_id, actor_id, reason, email)
      select p.user_id, ${event.kind}, ${event.questionId}, ${event.postId}, ${event.actorId}, p.reason,
        (case
          when not p.watching or u.email is null or u.email_verified_at is null then 'none'
          when (case when p.reason in (${sql.join(
            OWN_REASONS.map((r) => sql`${r}`),
            sql`, `,
          )}) then u.email_own else u.email_followed end) = 'never' then 'none'
          else (case when p.reason in (${sql.join(
            OWN_REASONS.map((r) => sql`${r}`),
            sql`, `,
          )}) then u.email_own else u.email_followed end)::text
        end)::notification_email
      from people p join users u on u.id = p.user_id and not u.is_suspended
      where not p.muted
      on conflict (user_id, kind, post_id) do nothing
      returning id, user_id, email
    )
    insert into mail_messages (key, user_id, kind, payload)
    select 'notification:' || id, user_id, 'notification', jsonb_build_object('notificationIds', jsonb_build_array(id)) from inbox where email = 'immediate'`)
  await tx.execute(sql`select pg_notify('askwell_outbox', '')`)
}

/** Follows of `targets` (type, id) as candidates with the given reason. */
const followsOf = (type: 'question' | 'category' | 'tag' | 'user', ids: SQL, reason: string) =>
  sql`select user_id, ${reason}::text, level::text, ${rank(reason)} from follows where target_type = ${type} and target_id in (${ids})`

/** A new, visible question, answer or comment: everyone following it, its thread or its author. */
export async function notifyNewPost(tx: Tx, post: NewPost): Promise<void> {
  const parts: SQL[] = []
  const q = post.questionId
  if (post.type === 'question') {
    parts.push(
      followsOf(
        'category',
        sql`select unnest(array[category1_id, category2_id, category3_id, category4_id]) from questions where id = ${q}`,
        'category',
      ),
    )
    parts.push(followsOf('tag', sql`select tag_id from question_tags where question_id = ${q}`, 'tag'))
  } else {
    parts.push(followsOf('question', sql`${q}`, 'question'))
  }
  if (post.authorId !== null && post.type !== 'comment') parts.push(followsOf('user', sql`${post.authorId}`, 'user'))
  // A muted author is muted in comments too.
  if (post.authorId !== null && post.type === 'comment')
    parts.push(
      sql`select user_id, 'user', level::text, 9 from follows where target_type = 'user' and target_id = ${post.authorId} and level = 'muted'`,
    )
  // A mute on the thread holds for every post in it, whatever else matches.
  if (post.type === 'question')
    parts.push(
      sql`select user_id, 'question', level::text, 9 from follows where target_type = 'question' and target_id = ${q} and level = 'muted'`,
    )
  if (post.type === 'answer')
    parts.push(
      sql`select author_id, 'own_post', 'watching', ${rank('own_post')} from questions where id = ${q} and author_id is not null`,
    )
  if (post.type === 'comment' && post.parentId !== null) {
    parts.push(sql`
      select author_id, 'own_post', 'watching', ${rank('own_post')} from questions where id = ${post.parentId} and author_id is not null
      union all select author_id, 'own_post', 'watching', ${rank('own_post')} from answers where id = ${post.parentId} and author_id is not null`)
    const sameParent =
      post.parentId === q ? sql`question_id = ${q} and answer_id is null` : sql`answer_id = ${post.parentId}`
    parts.push(sql`
      select distinct author_id, 'commented', 'watching', ${rank('commented')} from comments
      where ${sameParent} and id <> ${post.id} and author_id is not null and status = 'visible'`)
  }
  const handles = mentionedHandles(post.body)
  if (handles.length)
    parts.push(
      sql`select id, 'mention', 'watching', ${rank('mention')} from users where lower(handle) in (${sql.join(
        handles.map((h) => sql`${h}`),
        sql`, `,
      )})`,
    )
  await deliver(tx, sql.join(parts, sql` union all `), {
    kind: `new_${post.type}`,
    questionId: q,
    postId: post.id,
    actorId: post.authorId,
  })
  if (post.type === 'comment' && post.parentId !== null)
    await mailAnonymousAuthor(tx, post.parentId, 'comment', post.id, q)
}

/** The answer's author hears that it was chosen as the best answer. */
export async function notifyAccepted(
  tx: Tx,
  answerId: number,
  questionId: number,
  acceptedBy: number | null,
): Promise<void> {
  await deliver(
    tx,
    sql`select author_id, 'own_post', 'watching', ${rank('own_post')} from answers where id = ${answerId} and author_id is not null
        union all select user_id, 'question', level::text, 9 from follows where target_type = 'question' and target_id = ${questionId} and level = 'muted'`,
    { kind: 'accepted', questionId, postId: answerId, actorId: acceptedBy },
  )
  await mailAnonymousAuthor(tx, answerId, 'accepted', answerId, questionId)
}

/**
 * Question2Answer's mails to anonymous posters who left an address: their answer chosen, or a
 * comment on their post. Unless the address asked for no more mail.
 */
async function mailAnonymousAuthor(
  tx: Tx,
  postId: number,
  event: 'comment' | 'accepted',
  causeId: number,
  questionId: number,
): Promise<void> {
  await tx.execute(sql`
    insert into mail_messages (key, to_email, kind, payload)
    select ${`anonymous:${event}:${causeId}`}, p.anon_email, 'anonymous', ${JSON.stringify({ event, postId, causeId, questionId })}::jsonb
    from (select anon_email, author_id from questions where id = ${postId} union all select anon_email, author_id from answers where id = ${postId}) p
    where p.author_id is null and p.anon_email is not null
      and not exists (select 1 from mail_suppressions s where s.email = lower(p.anon_email))
    on conflict (key) do nothing`)
  await tx.execute(sql`select pg_notify('askwell_outbox', '')`)
}

/** Members follow the threads they ask, answer or comment on (unless they chose otherwise). */
export async function followOwnThread(tx: Tx, userId: number | null, questionId: number): Promise<void> {
  if (userId === null) return
  await tx.execute(
    sql`insert into follows (user_id, target_type, target_id, level) values (${userId}, 'question', ${questionId}, 'watching') on conflict do nothing`,
  )
}
