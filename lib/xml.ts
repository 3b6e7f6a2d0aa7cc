/**
 * Characters XML 1.0 forbids anywhere in a document (its Char production allows only tab, newline,
 * carriage return, U+0020–U+D7FF, U+E000–U+FFFD and U+10000–U+10FFFF): the C0 controls, lone
 * surrogates, U+FFFE and U+FFFF. One such character in one title makes a whole feed unreadable.
 */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu

/** `text` without the characters XML cannot hold. */
export const xmlSafe = (text: string): string => text.replace(NOT_XML_CHAR, '')

/**
 * Text for XML (feeds, sitemaps, OpenSearch) and for the HTML of mails: forbidden characters
 * dropped, markup characters escaped, so it is safe in element content and in quoted attributes.
 */
export function escapeXml(text: string): string {
  return xmlSafe(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}
