/**
 * The date and time values content holds, always in Europe/Amsterdam: calendar dates
 * ("2026-11-27") and wall-clock times without an offset ("2026-12-10T19:30"), because editors
 * think in local time and the CMS must not shift them by the editor's own browser zone. The
 * schemas check and read them with these; src/lib/dates.ts formats them in Dutch.
 */

export const TIME_ZONE = 'Europe/Amsterdam';

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/;
const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const zoneParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** Minutes Amsterdam is ahead of UTC at the given instant (60 in winter, 120 in summer). */
export function amsterdamOffsetMinutes(instant: Date): number {
  const parts = Object.fromEntries(
    zoneParts.formatToParts(instant).map((part) => [part.type, Number(part.value)]),
  ) as Record<string, number>;
  const wallAsUtc = Date.UTC(
    parts['year'] ?? 0,
    (parts['month'] ?? 1) - 1,
    parts['day'] ?? 1,
    parts['hour'] ?? 0,
    parts['minute'] ?? 0,
    parts['second'] ?? 0,
  );
  return Math.round((wallAsUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/** True when the string is a well-formed, existing wall-clock time "YYYY-MM-DDTHH:mm". */
export function isLocalDateTime(value: string): boolean {
  const fields = wallClockFields(value);
  if (!fields) return false;
  const { y, mo, d, h, mi, s } = fields;
  const probe = new Date(Date.UTC(y, mo - 1, d));
  return (
    probe.getUTCFullYear() === y &&
    probe.getUTCMonth() === mo - 1 &&
    probe.getUTCDate() === d &&
    h < 24 &&
    mi < 60 &&
    s < 60
  );
}

function wallClockFields(value: string) {
  const match = LOCAL_DATE_TIME.exec(value);
  if (!match) return undefined;
  const [y, mo, d, h, mi, s] = match.slice(1).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  return { y, mo, d, h, mi, s };
}

/**
 * The instant of an Amsterdam wall-clock time. A time that does not exist (the hour skipped when
 * summer time starts) moves forward by that hour; an ambiguous one (the hour repeated in October)
 * is read as winter time. Both only matter for events at night, which the campaign does not hold.
 */
export function amsterdamToInstant(local: string): Date {
  const fields = wallClockFields(local);
  if (!fields || !isLocalDateTime(local)) {
    throw new RangeError(`Not a wall-clock time (expected YYYY-MM-DDTHH:mm): "${local}"`);
  }
  const { y, mo, d, h, mi, s } = fields;
  const wallAsUtc = Date.UTC(y, mo - 1, d, h, mi, s);
  const firstGuess = wallAsUtc - amsterdamOffsetMinutes(new Date(wallAsUtc)) * 60_000;
  const offset = amsterdamOffsetMinutes(new Date(firstGuess));
  return new Date(wallAsUtc - offset * 60_000);
}

/** True when the string is an existing calendar date "YYYY-MM-DD". */
export function isCalendarDate(value: string): boolean {
  const match = CALENDAR_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number);
  const probe = new Date(Date.UTC(y!, m! - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === m! - 1 && probe.getUTCDate() === d;
}

/**
 * A calendar date from content. YAML turns an unquoted `2026-11-27` into a Date at UTC midnight,
 * a quoted one stays a string; both mean the same day.
 */
export function toCalendarDate(value: Date | string): string {
  return value instanceof Date ? value.toISOString().slice(0, 10) : value;
}
