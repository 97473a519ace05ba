/**
 * Working days for the hire plan's deadlines. Under the Algemene termijnenwet (Atw) a legal
 * period that ends on a Saturday, a Sunday or a generally recognised public holiday runs on to
 * the next day that is none of these (art. 1), except a period counted back from an event (art. 1
 * lid 2) and a period longer than three months (art. 4). The holidays are those of art. 3: New
 * Year's Day, Good Friday (lid 2), Easter Monday, Ascension Day, Whit Monday, the King's birthday
 * as celebrated, 5 May, Christmas Day and Boxing Day. Days a royal decree adds for a few years
 * (art. 3 lid 3) are not included. Dates are "YYYY-MM-DD"; nothing here reads the clock.
 */
import { addDays } from './date-math.ts';

function parts(date: string): [number, number, number] {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  return [y, m, d];
}

const pad = (value: number) => String(value).padStart(2, '0');

/** 0 = Sunday ... 6 = Saturday, in UTC so that no time zone shifts the day. */
export function weekday(date: string): number {
  const [y, m, d] = parts(date);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The Atw public holidays of a year, each with its Dutch name. */
export function publicHolidays(year: number): Map<string, string> {
  const easter = easterSunday(year);
  // Koningsdag is 27 April, or 26 April when the 27th is a Sunday.
  const kingsDay = weekday(`${year}-04-27`) === 0 ? `${year}-04-26` : `${year}-04-27`;
  return new Map([
    [`${year}-01-01`, 'Nieuwjaarsdag'],
    [addDays(easter, -2), 'Goede Vrijdag'],
    [addDays(easter, 1), 'Tweede Paasdag'],
    [kingsDay, 'Koningsdag'],
    [`${year}-05-05`, 'Bevrijdingsdag'],
    [addDays(easter, 39), 'Hemelvaartsdag'],
    [addDays(easter, 50), 'Tweede Pinksterdag'],
    [`${year}-12-25`, 'Eerste Kerstdag'],
    [`${year}-12-26`, 'Tweede Kerstdag'],
  ]);
}

/** Why a date is not a working day ("een zondag", "Koningsdag"), or undefined when it is one. */
export function nonWorkingReason(date: string): string | undefined {
  const holiday = publicHolidays(parts(date)[0]).get(date);
  if (holiday) return holiday;
  const day = weekday(date);
  if (day === 0) return 'een zondag';
  if (day === 6) return 'een zaterdag';
  return undefined;
}

export const isWorkingDay = (date: string) => nonWorkingReason(date) === undefined;

/** The date itself when it is a working day, else the first working day after it (Atw art. 1). */
export function nextWorkingDay(date: string): string {
  let day = date;
  while (!isWorkingDay(day)) day = addDays(day, 1);
  return day;
}

/** The date itself when it is a working day, else the last working day before it. */
export function previousWorkingDay(date: string): string {
  let day = date;
  while (!isWorkingDay(day)) day = addDays(day, -1);
  return day;
}
