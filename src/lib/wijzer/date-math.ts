/**
 * Calendar arithmetic on dates "YYYY-MM-DD", done in UTC so that no time zone or summer time can
 * shift a day. Deadlines in the hire plan are whole days.
 */

function parts(date: string): [number, number, number] {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  return [y, m, d];
}

function format(y: number, m: number, d: number): string {
  return new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10);
}

/** The date `days` days after `date` (before it when negative). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = parts(date);
  return format(y, m, d + days);
}

/**
 * The same day `months` months later; when that month is shorter, its last day
 * (31 January + 1 month = 28 or 29 February), as deadlines "within N months" are counted.
 */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = parts(date);
  const lastDay = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return format(y, m + months, Math.min(d, lastDay));
}

/** The same day `years` years later (29 February becomes 28 February in a common year). */
export function addYears(date: string, years: number): string {
  return addMonths(date, years * 12);
}
