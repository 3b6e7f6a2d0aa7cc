import type { Locator, Page } from '@playwright/test'

/** Matches the heading above the answers: "1 answer", "4 answers" or "No answers yet". */
const ANSWERS_HEADING = /^(\d+ answers?|No answers yet)$/

/** A thread page, /{id}/{slug}: the question, its answers and the head metadata. */
export class ThreadPage {
  constructor(readonly page: Page) {}

  async goto(path: string) {
    const response = await this.page.goto(path)
    if (!response || response.status() !== 200) throw new Error(`GET ${path} answered ${response?.status()}`)
    return response
  }

  get title(): Locator {
    return this.page.getByRole('heading', { level: 1 })
  }

  /** The question article, named by its title. */
  question(title: string): Locator {
    return this.page.getByRole('article', { name: title, exact: true })
  }

  get breadcrumb(): Locator {
    return this.page.getByRole('navigation', { name: 'Breadcrumb' })
  }

  get answersHeading(): Locator {
    return this.page.getByRole('heading', { level: 2, name: ANSWERS_HEADING })
  }

  /** The answers section (a region named by its heading). */
  get answersSection(): Locator {
    return this.page.getByRole('region', { name: ANSWERS_HEADING })
  }

  /** Every answer article, in page order. */
  get answers(): Locator {
    return this.answersSection.getByRole('article')
  }

  /** The number the answers heading states. */
  async statedAnswerCount(): Promise<number> {
    const text = (await this.answersHeading.textContent())?.trim() ?? ''
    const match = /^(\d+) answers?$/.exec(text)
    return match ? Number(match[1]) : 0
  }

  /** The ids of the answer articles ("a123"), in page order. */
  async answerIds(): Promise<string[]> {
    return this.answers.evaluateAll((articles) => articles.map((a) => a.id))
  }

  async metaName(name: string): Promise<string | null> {
    return this.page.locator(`head meta[name="${name}"]`).getAttribute('content')
  }

  async metaProperty(property: string): Promise<string | null> {
    return this.page.locator(`head meta[property="${property}"]`).first().getAttribute('content')
  }

  async canonical(): Promise<string | null> {
    return this.page.locator('head link[rel="canonical"]').getAttribute('href')
  }

  /** Every JSON-LD block on the page, parsed (throws on invalid JSON). */
  async jsonLd(): Promise<unknown[]> {
    const texts = await this.page.locator('script[type="application/ld+json"]').allTextContents()
    return texts.map((text, i) => {
      try {
        return JSON.parse(text) as unknown
      } catch (err) {
        throw new Error(`JSON-LD block ${i + 1} does not parse: ${(err as Error).message}\n${text}`)
      }
    })
  }
}
