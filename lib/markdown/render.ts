import type { Element, Root } from 'hast'
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize'
import rehypeStringify from 'rehype-stringify'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import { visit } from 'unist-util-visit'
import { noCensor } from '@/lib/moderation/censor'

/**
 * The page's own h1/h2 outline must stay intact (one h1 per page), so user headings start at h3.
 */
function demoteHeadings() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const level = /^h([1-6])$/.exec(node.tagName)?.[1]
      if (level) node.tagName = `h${Math.min(6, Number(level) + 2)}`
    })
  }
}

/** User links earn no ranking credit and cannot reach back into our window. */
function markUserLinks() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName === 'a') node.properties = { ...node.properties, rel: ['nofollow', 'ugc', 'noopener'] }
    })
  }
}

const schema: SanitizeSchema = {
  ...defaultSchema,
  attributes: {
    ...defaultSchema.attributes,
    a: [...(defaultSchema.attributes?.a ?? []), ['rel', 'nofollow', 'ugc', 'noopener']],
  },
}
const clobberPrefix = schema.clobberPrefix ?? 'user-content-'

/**
 * Sanitize prefixes every id in a post (so a post cannot clobber the page's own ids), but not the
 * links to them: in-page links get the same prefix here, so footnote references and back links
 * land on their targets. (remark-rehype is told to add no prefix of its own, or ids get it twice.)
 */
function prefixInPageLinks() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const href = node.tagName === 'a' ? node.properties?.href : undefined
      if (typeof href === 'string' && href.startsWith('#') && !href.startsWith(`#${clobberPrefix}`))
        node.properties.href = `#${clobberPrefix}${href.slice(1)}`
    })
  }
}

// Raw HTML in markdown is never parsed (no allowDangerousHtml), and sanitize runs last:
// nothing after it may add attributes or elements. Do not reorder.
function pipeline(censor?: (text: string) => string) {
  const beforeSanitize = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkRehype, { clobberPrefix: '' })
    .use(demoteHeadings)
    .use(markUserLinks)
    .use(prefixInPageLinks)
  return (censor ? beforeSanitize.use(maskText, censor) : beforeSanitize)
    .use(rehypeSanitize, schema)
    .use(rehypeStringify)
    .freeze()
}

/** Masks words in the text the reader sees (not in URLs or markup), before sanitizing. */
function maskText(censor: (text: string) => string) {
  return (tree: Root) => {
    visit(tree, 'text', (node: { value: string }) => {
      node.value = censor(node.value)
    })
    visit(tree, 'element', (node: Element) => {
      if (node.tagName === 'img' && typeof node.properties?.alt === 'string')
        node.properties.alt = censor(node.properties.alt)
    })
  }
}

const processor = pipeline()
const censoring = new WeakMap<(text: string) => string, typeof processor>()

function processorFor(censor?: (text: string) => string) {
  if (!censor || censor === noCensor) return processor
  let p = censoring.get(censor)
  if (!p) {
    p = pipeline(censor)
    censoring.set(censor, p)
  }
  return p
}

/**
 * Markdown source → safe HTML, with the site's censored words masked when `censor` is given. The
 * only producer of HTML that may be set with dangerouslySetInnerHTML.
 */
export function renderMarkdown(source: string, censor?: (text: string) => string): string {
  return String(processorFor(censor).processSync(source))
}

/**
 * A post's safe HTML and its plain text from one parse (a thread shows both for every post; parsing
 * is most of the cost of either). Same output as renderMarkdown and markdownToText.
 */
export function renderPost(source: string, censor?: (text: string) => string): { html: string; text: string } {
  const p = processorFor(censor)
  const mdast = p.parse(source)
  const text = mdastToText(mdast)
  const html = p.stringify(p.runSync(mdast))
  return { html, text }
}

/**
 * What a post shows a reader once rendered and sanitized: its text and how many images it holds.
 * A post of zero-width spaces, of markup that sanitizes away or of empty links shows nothing.
 */
export function renderedContent(source: string): { text: string; images: number } {
  const tree = processor.runSync(processor.parse(source))
  const parts: string[] = []
  let images = 0
  visit(tree, (node) => {
    if (node.type === 'text') parts.push(node.value, ' ')
    else if (node.type === 'element' && node.tagName === 'img') images++
  })
  return { text: parts.join(''), images }
}

const textParser = unified().use(remarkParse).use(remarkGfm).freeze()

type MdNode = { type: string; value?: string; alt?: string | null; children?: MdNode[] }

/** Nodes whose text is not prose: code, raw HTML, link definitions, rules. */
const skipped = new Set(['code', 'html', 'definition', 'footnoteDefinition', 'thematicBreak', 'yaml'])
/** Block-level nodes: their text is separated from what follows by a space. */
const blocks = new Set(['paragraph', 'heading', 'listItem', 'tableCell', 'blockquote'])

/** Plain text of a post for descriptions, excerpts and JSON-LD, from the parsed markdown. */
export function markdownToText(source: string): string {
  return mdastToText(textParser.parse(source))
}

function mdastToText(root: MdNode): string {
  const parts: string[] = []
  const walk = (node: MdNode) => {
    if (skipped.has(node.type)) return
    if (node.type === 'text' || node.type === 'inlineCode') parts.push(node.value ?? '')
    else if (node.type === 'image') parts.push(node.alt ?? '')
    else if (node.type === 'break') parts.push(' ')
    for (const child of node.children ?? []) walk(child)
    if (blocks.has(node.type)) parts.push(' ')
  }
  walk(root)
  return parts.join('').replace(/\s+/g, ' ').trim()
}

/** Cuts text at a word boundary near `max` characters, with an ellipsis when it was cut. */
export function excerpt(text: string, max: number): string {
  if (text.length <= max) return text
  const cut = text.slice(0, max - 1)
  const space = cut.lastIndexOf(' ')
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:!?-]+$/, '')}…`
}
