import AxeBuilder from '@axe-core/playwright'
import type { Result } from 'axe-core'
import { expect, test } from './fixtures'
import { samplePages, SAMPLE_PAGE_NAMES } from './pages/sample-pages'

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

function describeViolations(violations: Result[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .map((n) => `    - ${n.target.join(' ')}\n      ${n.failureSummary?.replace(/\n/g, '\n      ') ?? ''}`)
        .join('\n')
      return `[${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n${nodes}`
    })
    .join('\n\n')
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`accessibility, ${colorScheme} mode`, () => {
    for (const name of SAMPLE_PAGE_NAMES) {
      test(`the ${name} page has no WCAG 2.2 AA violations`, async ({ page, paths }) => {
        const { path } = samplePages(paths).find((p) => p.name === name)!
        await page.emulateMedia({ colorScheme })
        const response = await page.goto(path)
        expect(response?.status(), `GET ${path}`).toBe(200)
        await page.waitForLoadState('load')
        expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(
          colorScheme === 'dark',
        )

        const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()
        expect(violations, `${path} (${colorScheme}):\n${describeViolations(violations)}`).toEqual([])
      })
    }
  })
}
