import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { before, onOrAfter } from './date-patterns.ts';

const isoDay = fc
  .date({
    min: new Date('2000-01-01T00:00:00Z'),
    max: new Date('2099-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString().slice(0, 10));

describe('date patterns for the CMS list filters', () => {
  it('sort every pair of dates as the calendar does', () => {
    fc.assert(
      fc.property(isoDay, isoDay, (today, other) => {
        expect(new RegExp(onOrAfter(today)).test(other)).toBe(other >= today);
        expect(new RegExp(before(today)).test(other)).toBe(other < today);
      }),
      { numRuns: 2000 },
    );
  });

  it('read the date at the start of a time, as event times are written', () => {
    expect(new RegExp(onOrAfter('2026-11-29')).test('2026-11-29T19:30')).toBe(true);
    expect(new RegExp(onOrAfter('2026-11-29')).test('2026-12-01T08:00')).toBe(true);
    expect(new RegExp(before('2026-11-29')).test('2026-11-28T23:59')).toBe(true);
    expect(new RegExp(before('2026-11-29')).test('2027-01-01T00:00')).toBe(false);
  });

  it('refuse a day that is not an ISO date', () => {
    expect(() => onOrAfter('29-11-2026')).toThrow(/Not an ISO date/);
  });
});
