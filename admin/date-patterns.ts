/**
 * Regular expressions that compare ISO dates ("2026-11-29", "2026-11-29T19:30"), for the CMS's
 * list filters: Decap filters a list only by a pattern on a field's text, so "upcoming" is the
 * set of texts that start with a date on or after today. Built when the CMS loads, from the
 * editor's own calendar day.
 */

/** Characters 0-9 from `from` up to `to` as a character class, or undefined when empty. */
function digitsBetween(from: number, to: number): string | undefined {
  if (from > to) return undefined;
  return from === to ? String(from) : `[${from}-${to}]`;
}

/**
 * A pattern for texts that start with a date compared to `day` ("YYYY-MM-DD"): `later` gives
 * every date on or after it, otherwise every date before it. Digit by digit: the same digits up
 * to a position, then a higher (or lower) one, then any digits.
 */
function comparedTo(day: string, later: boolean): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`Not an ISO date: ${day}`);
  const branches: string[] = [];
  for (let index = 0; index < day.length; index++) {
    const char = day[index] ?? '';
    if (char === '-') continue;
    const digit = Number(char);
    const differing = later ? digitsBetween(digit + 1, 9) : digitsBetween(0, digit - 1);
    if (!differing) continue;
    const rest = day.slice(index + 1).replace(/\d/g, '\\d');
    branches.push(`${day.slice(0, index)}${differing}${rest}`);
  }
  if (later) branches.push(day);
  return `^(?:${branches.join('|')})`;
}

/** Texts that start with a date on or after `day`. */
export function onOrAfter(day: string): string {
  return comparedTo(day, true);
}

/** Texts that start with a date before `day`. */
export function before(day: string): string {
  return comparedTo(day, false);
}
