/**
 * The colour tokens of src/styles/global.css, for places that cannot use CSS (the share images
 * drawn at build time). Read from the stylesheet itself so the two never drift apart.
 */
import globalCss from '../styles/global.css?raw';

export type ColorName =
  'ink' | 'muted' | 'brand' | 'brand-dark' | 'mist' | 'sand' | 'accent' | 'accent-soft' | 'coral';

const required: readonly ColorName[] = [
  'ink',
  'muted',
  'brand',
  'brand-dark',
  'mist',
  'sand',
  'accent',
  'accent-soft',
  'coral',
];

/** Every `--color-<name>: #rrggbb` declaration in a stylesheet; throws when a needed one is missing. */
export function parseColorTokens(css: string): Record<ColorName, string> {
  const found = new Map<string, string>();
  for (const match of css.matchAll(/--color-([a-z-]+):\s*(#[0-9a-fA-F]{6})\b/g)) {
    found.set(match[1] ?? '', (match[2] ?? '').toLowerCase());
  }
  const missing = required.filter((name) => !found.has(name));
  if (missing.length > 0) {
    throw new Error(`global.css lacks the colour token(s) ${missing.join(', ')}`);
  }
  return Object.fromEntries(required.map((name) => [name, found.get(name)])) as Record<
    ColorName,
    string
  >;
}

/** The site's colours, as hex strings. */
export const colors = parseColorTokens(globalCss);
