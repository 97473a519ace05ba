/**
 * Dates and times of the campaign, always in Europe/Amsterdam.
 *
 * Content stores wall-clock times without an offset ("2026-12-10T19:30") because editors think in
 * local time and the CMS must not shift them by the editor's own browser zone. These helpers turn
 * such a wall-clock time into an instant and format instants back in Dutch.
 */
import { TIME_ZONE, amsterdamOffsetMinutes, amsterdamToInstant } from '../schemas/date-values.ts';

// Reading content's date values belongs to the schemas (src/schemas/date-values.ts); they are
// offered here too, so the rest of the code finds every date helper in one place.
export {
  TIME_ZONE,
  amsterdamOffsetMinutes,
  amsterdamToInstant,
  isCalendarDate,
  isLocalDateTime,
  toCalendarDate,
} from '../schemas/date-values.ts';

/** The Amsterdam wall-clock time "YYYY-MM-DDTHH:mm" of an instant. */
export function instantToAmsterdam(instant: Date): string {
  const shifted = new Date(instant.getTime() + amsterdamOffsetMinutes(instant) * 60_000);
  return shifted.toISOString().slice(0, 16);
}

/** The Amsterdam calendar date "YYYY-MM-DD" of an instant. */
export function amsterdamDateOf(instant: Date): string {
  return instantToAmsterdam(instant).slice(0, 10);
}

/** Days from calendar date `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

const longDate = new Intl.DateTimeFormat('nl-NL', {
  timeZone: TIME_ZONE,
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const weekdayDate = new Intl.DateTimeFormat('nl-NL', {
  timeZone: TIME_ZONE,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const shortTime = new Intl.DateTimeFormat('nl-NL', {
  timeZone: TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** "27 november 2026" for a calendar date "2026-11-27". */
export function formatCalendarDate(date: string): string {
  return longDate.format(amsterdamToInstant(`${date}T12:00`));
}

/** "donderdag 10 december 2026" for an instant. */
export function formatWeekdayDate(instant: Date): string {
  return weekdayDate.format(instant);
}

/** "19.30 uur" for an instant; Dutch writes times with a full stop. */
export function formatTime(instant: Date): string {
  return `${shortTime.format(instant).replace(':', '.')} uur`;
}

/**
 * Time ranges already written, by their two instants. Every signup's e-mails and webhook write
 * their event's range, and writing one (five time-zone conversions) was 4 % of a signup's CPU
 * time; a campaign has a few dozen events, and the map is emptied should it ever grow large.
 */
const timeRanges = new Map<string, string>();

/**
 * "donderdag 10 december 2026, 19.30 tot 21.30 uur", or with both dates when an event runs past
 * midnight.
 */
export function formatTimeRange(start: Date, end: Date): string {
  const key = `${start.getTime()}/${end.getTime()}`;
  let text = timeRanges.get(key);
  if (text === undefined) {
    if (timeRanges.size >= 1000) timeRanges.clear();
    text = writeTimeRange(start, end);
    timeRanges.set(key, text);
  }
  return text;
}

function writeTimeRange(start: Date, end: Date): string {
  const startTime = shortTime.format(start).replace(':', '.');
  if (amsterdamDateOf(start) === amsterdamDateOf(end)) {
    return `${formatWeekdayDate(start)}, ${startTime} tot ${formatTime(end)}`;
  }
  return `${formatWeekdayDate(start)} ${startTime} uur tot ${formatWeekdayDate(end)} ${formatTime(end)}`;
}
