/**
 * Calendar files (RFC 5545) for event signups and hire plans. Times are written in
 * Europe/Amsterdam with its VTIMEZONE, so calendars show the same wall-clock time the site shows;
 * whole-day items (deadlines) are DATE values.
 */
import { instantToAmsterdam } from './dates.ts';

export interface CalendarItem {
  /** Globally unique and stable, so a second download updates the same calendar entry. */
  uid: string;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  /** A timed item: start and end instants. */
  start?: Date;
  end?: Date;
  /** A whole-day item: the calendar date "YYYY-MM-DD". */
  date?: string;
}

export interface CalendarOptions {
  /** Identifies the product that made the file, e.g. "-//Regio Amersfoort//Iedereen doet mee//NL". */
  prodId: string;
  /** The moment the file is made, for DTSTAMP. */
  now: Date;
  /** Shown by some calendar apps as the calendar's name. */
  name?: string;
}

/** Escapes text values: backslash, semicolon, comma and newlines (RFC 5545, 3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r?\n/g, '\\n');
}

/** The octets of one character (one code point) in UTF-8. */
function utf8Length(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/** Folds a content line to at most 75 octets per line, continuing with a space (3.1). */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    // Counted, not encoded: a TextEncoder call per character made a signup's calendar
    // attachment cost about a millisecond.
    const bytes = utf8Length(char);
    const limit = parts.length === 0 ? 75 : 74;
    if (size + bytes > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function utcStamp(instant: Date): string {
  return instant
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

function localStamp(instant: Date): string {
  return `${instantToAmsterdam(instant).replace(/[-:]/g, '')}00`;
}

function nextDay(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

// Europe/Amsterdam since 1996: summer time from the last Sunday of March to the last of October.
const amsterdamTimezone = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Amsterdam',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

function itemLines(item: CalendarItem, now: Date): string[] {
  const lines = ['BEGIN:VEVENT', `UID:${item.uid}`, `DTSTAMP:${utcStamp(now)}`];
  if (item.date) {
    lines.push(`DTSTART;VALUE=DATE:${item.date.replace(/-/g, '')}`);
    lines.push(`DTEND;VALUE=DATE:${nextDay(item.date).replace(/-/g, '')}`);
  } else if (item.start && item.end) {
    lines.push(`DTSTART;TZID=Europe/Amsterdam:${localStamp(item.start)}`);
    lines.push(`DTEND;TZID=Europe/Amsterdam:${localStamp(item.end)}`);
  } else {
    throw new Error(`Calendar item ${item.uid} needs either a date or a start and an end.`);
  }
  lines.push(`SUMMARY:${escapeText(item.summary)}`);
  if (item.description) lines.push(`DESCRIPTION:${escapeText(item.description)}`);
  if (item.location) lines.push(`LOCATION:${escapeText(item.location)}`);
  if (item.url) lines.push(`URL:${item.url}`);
  lines.push('END:VEVENT');
  return lines;
}

/** A complete VCALENDAR with CRLF line endings, ready to serve as text/calendar. */
export function toICalendar(items: readonly CalendarItem[], options: CalendarOptions): string {
  const timed = items.some((item) => !item.date);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${options.prodId}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...(options.name ? [`X-WR-CALNAME:${escapeText(options.name)}`] : []),
    ...(timed ? amsterdamTimezone : []),
    ...items.flatMap((item) => itemLines(item, options.now)),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
