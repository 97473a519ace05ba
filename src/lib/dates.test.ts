import { describe, expect, it } from 'vitest';
import {
  amsterdamDateOf,
  amsterdamOffsetMinutes,
  amsterdamToInstant,
  daysBetween,
  formatCalendarDate,
  formatTimeRange,
  instantToAmsterdam,
  isCalendarDate,
  isLocalDateTime,
  toCalendarDate,
} from './dates.ts';

describe('amsterdamToInstant', () => {
  it('reads a winter time as UTC+1', () => {
    expect(amsterdamToInstant('2026-12-10T19:30').toISOString()).toBe('2026-12-10T18:30:00.000Z');
  });

  it('reads a summer time as UTC+2', () => {
    expect(amsterdamToInstant('2026-06-10T19:30').toISOString()).toBe('2026-06-10T17:30:00.000Z');
  });

  it('handles the last winter minute before summer time starts', () => {
    expect(amsterdamToInstant('2026-03-29T01:59').toISOString()).toBe('2026-03-29T00:59:00.000Z');
    expect(amsterdamToInstant('2026-03-29T03:00').toISOString()).toBe('2026-03-29T01:00:00.000Z');
  });

  it('moves a time in the skipped hour forward by an hour', () => {
    expect(amsterdamToInstant('2026-03-29T02:30').toISOString()).toBe('2026-03-29T01:30:00.000Z');
  });

  it('refuses a date that does not exist', () => {
    expect(() => amsterdamToInstant('2026-02-30T10:00')).toThrow(RangeError);
    expect(() => amsterdamToInstant('2026-12-10 25:00')).toThrow(RangeError);
  });

  it('round-trips with instantToAmsterdam', () => {
    for (const local of ['2026-01-01T00:00', '2026-07-15T12:45', '2026-10-25T04:00']) {
      expect(instantToAmsterdam(amsterdamToInstant(local))).toBe(local);
    }
  });
});

describe('amsterdamOffsetMinutes', () => {
  it('is 60 in winter and 120 in summer', () => {
    expect(amsterdamOffsetMinutes(new Date('2026-01-15T12:00:00Z'))).toBe(60);
    expect(amsterdamOffsetMinutes(new Date('2026-07-15T12:00:00Z'))).toBe(120);
  });
});

describe('validation of content dates', () => {
  it('accepts wall-clock times with or without seconds and refuses zones', () => {
    expect(isLocalDateTime('2026-12-10T19:30')).toBe(true);
    expect(isLocalDateTime('2026-12-10T19:30:00')).toBe(true);
    expect(isLocalDateTime('2026-12-10T19:30:00+01:00')).toBe(false);
    expect(isLocalDateTime('10-12-2026 19:30')).toBe(false);
  });

  it('accepts only existing calendar dates', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2027-02-29')).toBe(false);
    expect(isCalendarDate('2026-1-5')).toBe(false);
  });

  it('treats a YAML date and its string as the same day', () => {
    expect(toCalendarDate(new Date('2026-11-27T00:00:00Z'))).toBe('2026-11-27');
    expect(toCalendarDate('2026-11-27')).toBe('2026-11-27');
  });

  it('counts days between calendar dates', () => {
    expect(daysBetween('2026-11-27', '2026-12-27')).toBe(30);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
  });
});

describe('Dutch formatting', () => {
  it('writes a calendar date in words', () => {
    expect(formatCalendarDate('2026-11-27')).toBe('27 november 2026');
  });

  it('gives the Amsterdam date of a late evening instant', () => {
    expect(amsterdamDateOf(new Date('2026-12-10T23:30:00Z'))).toBe('2026-12-11');
  });

  it('writes a time range on one day with full stops in the times', () => {
    const start = amsterdamToInstant('2026-12-10T08:00');
    const end = amsterdamToInstant('2026-12-10T09:30');
    expect(formatTimeRange(start, end)).toBe('donderdag 10 december 2026, 08.00 tot 09.30 uur');
  });

  it('names both days when an event runs past midnight', () => {
    const start = amsterdamToInstant('2026-12-31T22:00');
    const end = amsterdamToInstant('2027-01-01T01:00');
    expect(formatTimeRange(start, end)).toBe(
      'donderdag 31 december 2026 22.00 uur tot vrijdag 1 januari 2027 01.00 uur',
    );
  });
});

describe('the repeated hour in October', () => {
  it('reads an ambiguous time as winter time', () => {
    expect(amsterdamToInstant('2026-10-25T02:30').toISOString()).toBe('2026-10-25T01:30:00.000Z');
  });
});
