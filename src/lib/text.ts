/** Small Dutch text helpers. */

/** "1 verhaal", "3 verhalen". */
export function countOf(count: number, singular: string, plural: string): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

/** A phone number as a tel: link target: digits and a leading plus only. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^0-9+]/g, '')}`;
}

/** "a", "a en b", "a, b en c": a list in a Dutch sentence. */
export function dutchList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`;
}

/**
 * A label written for the start of a line ("Eigenaar") as it reads inside a sentence
 * ("eigenaar"); abbreviations and names ("HR-manager", "WSP") keep their capitals.
 */
export function inSentence(label: string): string {
  return /^\p{Lu}\p{Ll}/u.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}
