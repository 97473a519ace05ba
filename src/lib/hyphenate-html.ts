/**
 * Break points for long Dutch words and for addresses, written into finished HTML.
 *
 * Browsers hyphenate Dutch with `hyphens: auto` only where they have a Dutch dictionary, and
 * Chrome on Windows and Linux often has none: a compound such as "Werkgeversservicepunt" then
 * breaks at any letter on a phone ("Werkgeversservicepun / t"). Soft hyphens (U+00AD) from a
 * Dutch hyphenation dictionary work in every browser and are invisible unless a line breaks
 * there; copying, find-in-page and screen readers ignore them. E-mail addresses and web
 * addresses get no hyphens (a hyphen would change the address) but an optional break (`<wbr>`)
 * after `@`, dots and slashes.
 */
import nl from 'hyphen/nl/index.js';

/** Shorter words fit any line on a 320 px screen, so they are left alone. */
export const MIN_WORD_LENGTH = 10;

/**
 * Elements whose text is not running text, or must stay exactly as written: an option never
 * wraps, and one without a value attribute is worth its text.
 */
const SKIPPED = new Set([
  'head',
  'script',
  'style',
  'textarea',
  'pre',
  'code',
  'title',
  'svg',
  'option',
]);

/** A tag, with quoted attribute values that may hold `>`; or a comment. */
const TAG = /<!--[\s\S]*?-->|<\/?[a-zA-Z][^\s/>]*(?:[^>"']|"[^"]*"|'[^']*')*>/g;

/** An e-mail address or a web address: `naam@gemeente.nl`, `www.x.nl`, `https://x.nl/a`. */
const ADDRESS =
  /^[^\s@]+@[^\s@]+\.[a-z]{2,}$|^(https?:\/\/|www\.)\S+$|^[a-z0-9-]+(\.[a-z0-9-]+)*\.(nl|com|org|eu)(\/\S*)?$/i;

/** Punctuation around a word: "(naam@x.nl)." is the address between the brackets. */
const AROUND = /^([("'\u2018\u201c]*)(.*?)([)"'\u2019\u201d.,;:!?]*)$/su;

/** Letters only (Dutch has ë, ï, é, ö): the part of a word the dictionary hyphenates. */
const longWord = (length: number) => new RegExp(`\\p{L}{${length},}`, 'gu');

/** One word of running text with its break points. */
export function breakPoints(token: string, minWordLength = MIN_WORD_LENGTH): string {
  const [, before = '', core = '', after = ''] = AROUND.exec(token) ?? [];
  if (ADDRESS.test(core)) {
    // After the separator, not before it, as in a printed address.
    return before + core.replace(/([@./])(?=.)/g, '$1<wbr>') + after;
  }
  return token.replace(longWord(minWordLength), (word) =>
    nl.hyphenateSync(word, { minWordLength }),
  );
}

/**
 * The whole document (or a fragment) with break points in the text of its body, tags untouched.
 * `minWordLength` raises the length from which words are hyphenated.
 */
export function hyphenateHtml(html: string, minWordLength = MIN_WORD_LENGTH): string {
  const breakText = (text: string) =>
    text.replace(/[^\s<>]+/g, (token) => breakPoints(token, minWordLength));
  const skipping: string[] = [];
  let result = '';
  let last = 0;
  for (const match of html.matchAll(TAG)) {
    const text = html.slice(last, match.index);
    result += skipping.length === 0 ? breakText(text) : text;
    const tag = match[0];
    result += tag;
    last = match.index + tag.length;
    const name = /^<(\/?)([a-zA-Z][^\s/>]*)/.exec(tag);
    if (!name || tag.endsWith('/>')) continue;
    const element = name[2]!.toLowerCase();
    if (!SKIPPED.has(element)) continue;
    if (name[1]) {
      if (skipping.at(-1) === element) skipping.pop();
    } else {
      skipping.push(element);
    }
  }
  const rest = html.slice(last);
  return result + (skipping.length === 0 ? breakText(rest) : rest);
}
