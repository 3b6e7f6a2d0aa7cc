import pg from 'pg'

type Captured = { label: string; text: string; values: unknown[] }
type PlanNode = {
  'Node Type': string
  'Relation Name'?: string
  'Index Name'?: string
  'Plan Rows'?: number
  Plans?: PlanNode[]
}

/**
 * Records every SQL statement the app sends while `fn` runs (by wrapping pg.Client#query, which
 * the pool and Drizzle both go through), labelled, so each can be EXPLAINed afterwards.
 */
export async function captureQueries(label: string, fn: () => Promise<unknown>, into: Captured[]): Promise<void> {
  // Called back with the client as `this` below.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const original = pg.Client.prototype.query
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const [first, second] = args as [string | { text: string; values?: unknown[] }, unknown[] | undefined]
    const text = typeof first === 'string' ? first : first?.text
    const values = (typeof first === 'string' ? undefined : first?.values) ?? second
    if (text && !/^\s*(begin|commit|rollback|set|select set_config)/i.test(text))
      into.push({ label, text, values: Array.isArray(values) ? values : [] })
    return (original as (...a: unknown[]) => unknown).apply(this, args)
  } as typeof pg.Client.prototype.query
  try {
    await fn()
  } finally {
    pg.Client.prototype.query = original
  }
}

function walk(node: PlanNode, out: PlanNode[]) {
  out.push(node)
  for (const child of node.Plans ?? []) walk(child, out)
}

export type ScanReport = { label: string; sql: string; seqScans: { table: string; rows: number }[]; indexes: string[] }

/** EXPLAINs each captured statement: which indexes it uses and any sequential scan of a table. */
export async function explainAll(client: pg.Client, captured: Captured[]): Promise<ScanReport[]> {
  const seen = new Set<string>()
  const reports: ScanReport[] = []
  for (const q of captured) {
    const key = `${q.label}\u0000${q.text}`
    if (seen.has(key)) continue
    seen.add(key)
    const { rows } = await client.query<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(
      `explain (format json) ${q.text}`,
      q.values,
    )
    const nodes: PlanNode[] = []
    walk(rows[0]!['QUERY PLAN'][0].Plan, nodes)
    reports.push({
      label: q.label,
      sql: q.text.replace(/\s+/g, ' ').trim(),
      seqScans: nodes
        .filter((n) => n['Node Type'] === 'Seq Scan' && n['Relation Name'])
        .map((n) => ({ table: n['Relation Name']!, rows: n['Plan Rows'] ?? 0 })),
      indexes: [...new Set(nodes.filter((n) => n['Index Name']).map((n) => n['Index Name']!))],
    })
  }
  return reports
}
