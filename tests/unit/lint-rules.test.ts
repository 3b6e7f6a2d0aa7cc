import { ESLint } from 'eslint'
import { beforeAll, describe, expect, it } from 'vitest'

/**
 * The project's own ESLint config on code it must refuse, so the lint step in `npm test` cannot pass
 * by a rule quietly going missing. Each fixture is text linted as if it were an existing file (the
 * type-aware rules only see files of the tsconfig project); nothing is written to disk.
 */
let eslint: ESLint
const rulesFired = async (filePath: string, code: string) => {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).map((m) => m.ruleId ?? `fatal: ${m.message}`)
}

beforeAll(() => {
  eslint = new ESLint({ cwd: process.cwd() })
})

describe('only lib/, db/, scripts/ and tests/ reach the database', () => {
  const imports = [
    "import { users } from '@/db/schema'\n\nexport const table = users\n",
    "import { users } from '../db/schema/users'\n\nexport const table = users\n",
    "import type { Database } from '@/db/client'\n\nexport type Db = Database\n",
  ]

  it('refuses a database import in a page, a component or a config', { timeout: 180_000 }, async () => {
    for (const code of imports) {
      for (const file of ['app/layout.tsx', 'components/layout/site-header.tsx', 'next.config.ts'])
        expect(await rulesFired(file, code), `${file}: ${code}`).toContain('no-restricted-imports')
    }
  })

  it('allows it in lib/, db/, scripts/ and tests/', { timeout: 180_000 }, async () => {
    for (const code of imports)
      for (const file of ['lib/forms.ts', 'db/client.ts', 'scripts/test.ts', 'tests/factories/db.ts'])
        expect(await rulesFired(file, code), `${file}: ${code}`).toEqual([])
  })
})

describe('promises are awaited (type-aware rules)', () => {
  it('refuses a floating promise', { timeout: 180_000 }, async () => {
    const code =
      'async function canEdit(): Promise<boolean> {\n  return false\n}\n\nexport function check(): void {\n  canEdit()\n}\n'
    expect(await rulesFired('lib/forms.ts', code)).toContain('@typescript-eslint/no-floating-promises')
  })

  it('refuses a promise where a boolean is tested', { timeout: 180_000 }, async () => {
    const code =
      'async function canEdit(): Promise<boolean> {\n  return false\n}\n\nexport function check(): string {\n  return canEdit() ? "yes" : "no"\n}\n'
    expect(await rulesFired('lib/forms.ts', code)).toContain('@typescript-eslint/no-misused-promises')
  })

  it('passes the same code once it awaits', { timeout: 180_000 }, async () => {
    const code =
      'async function canEdit(): Promise<boolean> {\n  return false\n}\n\nexport async function check(): Promise<string> {\n  return (await canEdit()) ? "yes" : "no"\n}\n'
    expect(await rulesFired('lib/forms.ts', code)).toEqual([])
  })
})
