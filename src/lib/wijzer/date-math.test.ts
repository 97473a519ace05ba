import { describe, expect, it } from 'vitest';
import { addDays, addMonths, addYears } from './date-math.ts';

describe('date arithmetic for deadlines', () => {
  it.each([
    ['2027-01-01', -1, '2026-12-31'],
    ['2026-02-28', 1, '2026-03-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-03-29', 1, '2026-03-30'],
  ])('%s plus %i day(s) is %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it.each([
    ['2026-01-15', 3, '2026-04-15'],
    ['2026-01-31', 3, '2026-04-30'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2027-11-30', 3, '2028-02-29'],
    ['2026-10-31', 3, '2027-01-31'],
  ])('%s plus %i month(s) is %s, the last day when the month is shorter', (date, n, expected) => {
    expect(addMonths(date, n)).toBe(expected);
  });

  it('moves 29 February to 28 February in a common year', () => {
    expect(addYears('2028-02-29', 1)).toBe('2029-02-28');
    expect(addYears('2028-02-29', 4)).toBe('2032-02-29');
  });
});
