import { XMLParser, XMLValidator } from 'fast-xml-parser'
import type { APIRequestContext, Page } from '@playwright/test'
import { expect, getOk, siteUrl, test, THREAD_PATH } from './fixtures'

type Json = Record<string, unknown>

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)
const asArray = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v])

/** Every key path in a JSON value where `key` occurs. */
function findKey(value: unknown, key: string, path = '$'): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => findKey(v, key, `${path}[${i}]`))
  if (!isObject(value)) return []
  return Object.entries(value).flatMap(([k, v]) => [
    ...(k === key ? [`${path}.${k}`] : []),
    ...findKey(v, key, `${path}.${k}`),
  ])
}

const expectIsoDate = (value: unknown, what: string) => {
  expect(typeof value, `${what} is a string`).toBe('string')
  expect(Number.isNaN(Date.parse(value as string)), `${what} "${value}" is a date`).toBe(false)
}

function expectPerson(value: unknown, what: string) {
  expect(isObject(value), `${what} is an object`).toBe(true)
  const person = value as Json
  expect(person['@type'], `${what} @type`).toBe('Person')
  expect(typeof person.name === 'string' && person.name.length > 0, `${what}.name`).toBe(true)
}

test.describe('structured data', () => {
  test.use({ javaScriptEnabled: false })

  test('the therapist thread has one valid QAPage and a BreadcrumbList', async ({ threadPage, paths }) => {
    await threadPage.goto(paths.thread)
    const blocks = await threadPage.jsonLd()
    expect(blocks.length).toBeGreaterThan(0)
    expect(findKey(blocks, 'dateCreated'), 'no dateCreated anywhere (Google wants datePublished)').toEqual([])

    const qaPages = blocks.filter((b) => isObject(b) && b['@type'] === 'QAPage') as Json[]
    expect(qaPages).toHaveLength(1)
    const qaPage = qaPages[0]!
    expect(qaPage['@context']).toBe('https://schema.org')
    const question = qaPage.mainEntity as Json
    expect(isObject(question), 'mainEntity').toBe(true)
    expect(question['@type']).toBe('Question')
    expect(question.name).toBe(await threadPage.title.innerText())
    expect(typeof question.text === 'string' && question.text.includes('studying social work'), 'Question.text').toBe(
      true,
    )

    const shownAnswers = await threadPage.answers.count()
    expect(question.answerCount).toBe(shownAnswers)
    expect(question.answerCount).toBe(await threadPage.statedAnswerCount())
    expect(typeof question.upvoteCount, 'Question.upvoteCount').toBe('number')
    expectIsoDate(question.datePublished, 'Question.datePublished')
    expectIsoDate(question.dateModified, 'Question.dateModified')
    expectPerson(question.author, 'Question.author')
    const author = question.author as Json
    expect(
      typeof author.url === 'string' && author.url.startsWith(`${siteUrl()}/users/`),
      `Question.author.url ${author.url}`,
    ).toBe(true)

    expect(typeof question.commentCount, 'Question.commentCount').toBe('number')
    const comments = asArray(question.comment as Json[] | undefined)
    expect(comments.length, 'Question.comment').toBe(question.commentCount)
    expect(comments.length).toBeGreaterThan(0)
    for (const [i, c] of comments.entries()) {
      expect(c['@type']).toBe('Comment')
      expect(typeof c.text === 'string' && c.text.length > 0, `comment ${i} text`).toBe(true)
      expectIsoDate(c.datePublished, `comment ${i} datePublished`)
      expectPerson(c.author, `comment ${i} author`)
    }

    expect(isObject(question.acceptedAnswer), 'acceptedAnswer').toBe(true)
    const suggested = asArray(question.suggestedAnswer as Json[] | undefined)
    expect(suggested.length, 'suggestedAnswer').toBeGreaterThan(0)
    const answers = [question.acceptedAnswer as Json, ...suggested]
    expect(answers.length, 'accepted + suggested = every answer shown').toBe(shownAnswers)

    const ids = await threadPage.answerIds()
    const threadUrl = `${siteUrl()}${paths.thread}`
    for (const [i, a] of answers.entries()) {
      const what = i === 0 ? 'acceptedAnswer' : `suggestedAnswer[${i - 1}]`
      expect(a['@type'], `${what} @type`).toBe('Answer')
      expect(typeof a.text === 'string' && a.text.length > 0, `${what}.text`).toBe(true)
      expect(typeof a.upvoteCount, `${what}.upvoteCount`).toBe('number')
      expectIsoDate(a.datePublished, `${what}.datePublished`)
      expectPerson(a.author, `${what}.author`)
      const url = String(a.url)
      const match = /#(a\d+)$/.exec(url)
      expect(match, `${what}.url ${url} ends in #a{id}`).not.toBeNull()
      expect(url, `${what}.url is on the thread`).toBe(`${threadUrl}#${match![1]}`)
      expect(ids, `${what}.url points at an answer on the page`).toContain(match![1])
    }
    // The accepted answer is the one the page marks as best (shown first).
    expect(String((question.acceptedAnswer as Json).url).endsWith(`#${ids[0]}`)).toBe(true)

    expectBreadcrumbList(blocks, threadUrl)
  })

  test('a thread without answers has no QAPage but keeps its BreadcrumbList', async ({ threadPage, paths }) => {
    await threadPage.goto(paths.unansweredThread)
    await expect(threadPage.answersHeading).toHaveText('No answers yet')
    const blocks = await threadPage.jsonLd()
    expect(blocks.filter((b) => isObject(b) && b['@type'] === 'QAPage')).toHaveLength(0)
    expect(findKey(blocks, 'dateCreated')).toEqual([])
    expectBreadcrumbList(blocks, `${siteUrl()}${paths.unansweredThread}`)
  })
})

function expectBreadcrumbList(blocks: unknown[], pageUrl: string) {
  const lists = blocks.filter((b) => isObject(b) && b['@type'] === 'BreadcrumbList') as Json[]
  expect(lists).toHaveLength(1)
  const items = asArray(lists[0]!.itemListElement as Json[])
  expect(items.length).toBeGreaterThanOrEqual(2)
  items.forEach((item, i) => {
    expect(item['@type']).toBe('ListItem')
    expect(item.position).toBe(i + 1)
    expect(typeof item.name === 'string' && item.name.length > 0, `crumb ${i + 1} name`).toBe(true)
    expect(String(item.item).startsWith(`${siteUrl()}/`), `crumb ${i + 1} item ${item.item}`).toBe(true)
  })
  expect(items[0]!.item).toBe(`${siteUrl()}/`)
  expect(items.at(-1)!.item).toBe(pageUrl)
}

test('robots.txt points at the sitemap index', async ({ request }) => {
  const robots = await (await getOk(request, '/robots.txt')).text()
  const sitemaps = [...robots.matchAll(/^Sitemap:\s*(\S+)\s*$/gim)].map((m) => m[1])
  expect(sitemaps).toEqual([`${siteUrl()}/sitemap.xml`])
})

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ['sitemap', 'url', 'entry', 'link'].includes(name),
})

async function fetchXml(request: APIRequestContext, url: string, contentType: RegExp): Promise<Json> {
  const response = await getOk(request, url)
  expect(response.headers()['content-type'], `content-type of ${url}`).toMatch(contentType)
  const text = await response.text()
  const valid = XMLValidator.validate(text)
  expect(valid, `${url} is well-formed XML`).toBe(true)
  return xml.parse(text) as Json
}

const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9'

test('the sitemap index lists well-formed sitemaps of live URLs on the site', async ({ request, paths }) => {
  test.setTimeout(120_000)
  const index = (await fetchXml(request, '/sitemap.xml', /xml/)).sitemapindex as Json
  expect(isObject(index), '<sitemapindex> root').toBe(true)
  expect(index['@xmlns']).toBe(SITEMAP_NS)
  const files = asArray(index.sitemap as Json[]).map((s) => String(s.loc))
  expect(files.length).toBeGreaterThan(0)

  const threadUrls: string[] = []
  const otherUrls: string[] = []
  for (const file of files) {
    expect(file.startsWith(`${siteUrl()}/`), `sitemap ${file} is on ${siteUrl()}`).toBe(true)
    const urlset = (await fetchXml(request, file, /xml/)).urlset as Json
    expect(isObject(urlset), `${file} has a <urlset> root`).toBe(true)
    expect(urlset['@xmlns']).toBe(SITEMAP_NS)
    const urls = asArray(urlset.url as Json[])
    expect(urls.length, `${file} has <url>s`).toBeGreaterThan(0)
    expect(urls.length, `${file} stays within Google's 50,000 URLs`).toBeLessThanOrEqual(50_000)
    for (const url of urls) {
      const loc = String(url.loc)
      expect(loc.startsWith(`${siteUrl()}/`), `<loc>${loc}</loc> in ${file} is on ${siteUrl()}`).toBe(true)
      if (THREAD_PATH.test(new URL(loc).pathname)) {
        expect(url.lastmod, `question ${loc} in ${file} has a <lastmod>`).toBeTruthy()
        expect(Number.isNaN(Date.parse(String(url.lastmod))), `lastmod ${url.lastmod}`).toBe(false)
        threadUrls.push(loc)
      } else {
        otherUrls.push(loc)
      }
    }
  }
  expect(threadUrls, 'the sitemap lists the therapist thread').toContain(`${siteUrl()}${paths.thread}`)
  expect(new Set(threadUrls).size, 'no thread is listed twice').toBe(threadUrls.length)

  const failures: string[] = []
  for (const url of [...threadUrls, ...otherUrls]) {
    const response = await request.get(url, { maxRedirects: 0 })
    if (response.status() !== 200) failures.push(`${response.status()} ${url}`)
  }
  expect(failures, 'every URL in the sitemap answers 200 (no redirects)').toEqual([])
})

test.describe('Atom feeds', () => {
  test.use({ javaScriptEnabled: false })

  async function feedLinkOf(page: Page, path: string): Promise<string> {
    await page.goto(path)
    const hrefs = await page
      .locator('head link[rel="alternate"][type="application/atom+xml"]')
      .evaluateAll((links) => links.map((l) => l.getAttribute('href') ?? ''))
    const own = hrefs.filter((h) => !h.endsWith('/feeds/questions.atom'))
    expect(own, `${path} links its own Atom feed`).toHaveLength(1)
    return own[0]!
  }

  async function expectAtomFeed(request: APIRequestContext, url: string) {
    const feed = (await fetchXml(request, url, /^application\/atom\+xml/)).feed as Json
    expect(isObject(feed), `${url} has a <feed> root`).toBe(true)
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom')
    expect(feed.id).toBeTruthy()
    expect(feed.title).toBeTruthy()
    expectIsoDate(feed.updated, `${url} <updated>`)
    const entries = asArray(feed.entry as Json[])
    expect(entries.length, `${url} has entries`).toBeGreaterThan(0)
    for (const entry of entries) {
      expect(entry.id).toBeTruthy()
      expect(entry.title).toBeTruthy()
      expectIsoDate(entry.updated, `entry ${entry.title} <updated>`)
      const alternate = asArray(entry.link as Json[]).find((l) => (l['@rel'] ?? 'alternate') === 'alternate')
      const href = String(alternate?.['@href'])
      expect(
        href.startsWith(`${siteUrl()}/`) && THREAD_PATH.test(new URL(href).pathname),
        `entry link ${href} is a thread on ${siteUrl()}`,
      ).toBe(true)
    }
    const first = asArray(entries[0]!.link as Json[])[0]!['@href'] as string
    await getOk(request, first)
    return entries
  }

  test('/feeds/questions.atom is a well-formed feed of threads', async ({ request }) => {
    await expectAtomFeed(request, '/feeds/questions.atom')
  })

  test('the category page links a well-formed category feed', async ({ page, request, paths }) => {
    const feed = await feedLinkOf(page, paths.category)
    expect(feed).toContain('/feeds/categories/')
    await expectAtomFeed(request, feed)
  })

  test('the tag page links a well-formed tag feed', async ({ page, request, paths }) => {
    const feed = await feedLinkOf(page, paths.tag)
    expect(feed).toContain('/feeds/tags/')
    await expectAtomFeed(request, feed)
  })
})
