import { sql } from 'drizzle-orm'
import { closeDb, getDb } from '@/db/client'

export { getDb, closeDb }

/** Empties every table and restarts ids, so each test file starts from nothing. */
export async function resetDatabase(): Promise<void> {
  await getDb().execute(sql`
    truncate users, accounts, verification_tokens, sign_in_throttles, sign_in_addresses, categories, category_redirects, questions, answers, comments, tags, question_tags,
      votes, revisions, follows, notifications, flags, audit_log, settings, meta, rate_limits, mail_messages, mail_suppressions, mail_workers restart identity cascade`)
  await getDb().execute(sql`alter sequence post_id_seq restart`)
  // Tests post many times in a row as new members; spam-rules.test.ts turns the interval back on.
  await getDb().execute(sql`insert into settings (key, value) values ('spam', '{"newMemberPostIntervalSeconds": 0}')`)
}
