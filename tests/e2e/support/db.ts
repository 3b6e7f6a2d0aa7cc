import pg from 'pg'

/** Direct access to the end-to-end database (`npm test` passes DATABASE_URL), for setting up and checking. */
export async function withDb<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL })
  client.on('error', () => {})
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.end()
  }
}

/**
 * A fresh question of this spec's own, so no other spec's counts move. Its page renders on first
 * request, like any thread that was not prerendered.
 */
export async function createOwnQuestion(title: string): Promise<{ id: number; path: string }> {
  return withDb(async (db) => {
    const slug = title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
    const { rows } = await db.query<{ id: number }>(
      `insert into questions (title, slug, body, category_id, category1_id, anon_name)
       select $1, $2, 'A question made by an end-to-end test.', id, id, 'e2e' from categories where depth = 1 order by id limit 1
       returning id`,
      [title, slug],
    )
    return { id: rows[0]!.id, path: `/${rows[0]!.id}/${slug}` }
  })
}

export async function answersOn(
  questionId: number,
): Promise<{ body: string; anon_name: string | null; anon_email: string | null }[]> {
  return withDb(
    async (db) =>
      (
        await db.query('select body, anon_name, anon_email from answers where question_id = $1 order by id', [
          questionId,
        ])
      ).rows,
  )
}
