/**
 * The HTML the search index reads. Pagefind separates the text of paragraphs, headings, list
 * items and divs, but runs the text of elements it takes for inline into the next word. Our built
 * pages have no whitespace between tags, so a fact list gave excerpts like "WaarOndernemerscentrum"
 * and "Voor wieEigenaren". This adds a space after the elements that look like separate blocks
 * or labels on screen; the pages themselves are served unchanged.
 */

/** Elements shown as their own block or cell, which Pagefind treats as inline text. */
const separateElements = [
  'blockquote',
  'dt',
  'dd',
  'th',
  'td',
  'caption',
  'figcaption',
  'summary',
  'legend',
  'label',
  'button',
  // Dates shown on a line of their own above a change note.
  'time',
] as const;

const closingTag = new RegExp(`</(?:${separateElements.join('|')})>`, 'gi');

/** `html` with a space after each closing tag of `separateElements` and after each `<br>`. */
export function separateBlocks(html: string): string {
  return html.replace(closingTag, '$& ').replace(/<br\s*\/?>/gi, '$& ');
}
