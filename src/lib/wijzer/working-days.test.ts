/** Working days under the Algemene termijnenwet: weekends and the holidays of art. 3. */
import { describe, expect, it } from 'vitest';
import {
  easterSunday,
  isWorkingDay,
  nextWorkingDay,
  nonWorkingReason,
  previousWorkingDay,
  publicHolidays,
} from './working-days.ts';

describe('Easter and the holidays that move with it', () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2028, '2028-04-16'],
    [2038, '2038-04-25'],
  ])('Easter Sunday %i is %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });

  it('lists the Atw holidays of 2027 by name', () => {
    expect([...publicHolidays(2027)].sort()).toEqual([
      ['2027-01-01', 'Nieuwjaarsdag'],
      ['2027-03-26', 'Goede Vrijdag'],
      ['2027-03-29', 'Tweede Paasdag'],
      ['2027-04-27', 'Koningsdag'],
      ['2027-05-05', 'Bevrijdingsdag'],
      ['2027-05-06', 'Hemelvaartsdag'],
      ['2027-05-17', 'Tweede Pinksterdag'],
      ['2027-12-25', 'Eerste Kerstdag'],
      ['2027-12-26', 'Tweede Kerstdag'],
    ]);
  });

  it('celebrates Koningsdag on 26 April when 27 April is a Sunday', () => {
    expect(publicHolidays(2025).get('2025-04-26')).toBe('Koningsdag');
    expect(publicHolidays(2025).has('2025-04-27')).toBe(false);
  });
});

describe('working days', () => {
  it.each([
    ['2027-01-04', undefined],
    ['2027-01-03', 'een zondag'],
    ['2027-01-02', 'een zaterdag'],
    ['2027-01-01', 'Nieuwjaarsdag'],
    ['2026-12-25', 'Eerste Kerstdag'],
    ['2027-05-05', 'Bevrijdingsdag'],
  ])('%s: %s', (date, reason) => {
    expect(nonWorkingReason(date)).toBe(reason);
    expect(isWorkingDay(date)).toBe(reason === undefined);
  });

  it.each([
    ['a working day stays', '2027-01-04', '2027-01-04'],
    ['a Sunday runs on to Monday', '2027-01-03', '2027-01-04'],
    ['Christmas on a Friday runs past the weekend', '2026-12-25', '2026-12-28'],
    ['Good Friday runs past Easter Monday', '2027-03-26', '2027-03-30'],
    ['Ascension Day runs on to Friday', '2027-05-06', '2027-05-07'],
  ])('next working day: %s', (_name, date, next) => {
    expect(nextWorkingDay(date)).toBe(next);
  });

  it.each([
    ['a working day stays', '2027-01-04', '2027-01-04'],
    ['a Sunday after New Year goes back to the last day of 2026', '2027-01-03', '2026-12-31'],
    ['Easter Monday goes back past Good Friday', '2027-03-29', '2027-03-25'],
  ])('previous working day: %s', (_name, date, previous) => {
    expect(previousWorkingDay(date)).toBe(previous);
  });
});
