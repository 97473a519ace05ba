import { describe, expect, it } from 'vitest';
import { checkScan, scanMessages, scanQuery } from './scan-answers.ts';
import { factoryList } from './scan.cases.ts';

const check = (query: string) => checkScan(new URLSearchParams(query), [factoryList]);
const complete = 'sector=industrie&vaak-inpakken=dagelijks&uren-inpakken=12&tekort=ja&inwerken=ja';

describe('checking the quick-scan answers in an address', () => {
  it('accepts complete answers and reads a decimal comma', () => {
    const result = check(`${complete}&vaak-kratten=wekelijks&uren-kratten=2,5`);
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.answers.tasks.find((t) => t.id === 'kratten')).toEqual({
      id: 'kratten',
      frequency: 'wekelijks',
      hoursPerWeek: 2.5,
    });
    expect(result.answers.tasks.find((t) => t.id === 'pallets')?.frequency).toBe('nooit');
  });

  it.each([
    ['an unknown sector', 'sector=ruimtevaart', 'sector', scanMessages.sector],
    ['no sector at all', '', 'sector', scanMessages.sector],
    [
      'no task that is part of the business',
      'sector=industrie&tekort=ja&inwerken=ja',
      'taken',
      scanMessages.noTasks,
    ],
    [
      'a frequency outside the list',
      'sector=industrie&vaak-inpakken=jaarlijks&uren-inpakken=3&tekort=ja&inwerken=ja',
      'vaak-inpakken',
      scanMessages.frequency('Inpakken'),
    ],
    [
      'a task that comes back without hours',
      'sector=industrie&vaak-inpakken=dagelijks&tekort=ja&inwerken=ja',
      'uren-inpakken',
      scanMessages.hoursMissing('Inpakken'),
    ],
    [
      'more hours than a full-time job',
      'sector=industrie&vaak-inpakken=dagelijks&uren-inpakken=41&tekort=ja&inwerken=ja',
      'uren-inpakken',
      scanMessages.hoursWrong('Inpakken'),
    ],
    [
      'hours that are not a number',
      'sector=industrie&vaak-inpakken=dagelijks&uren-inpakken=veel&tekort=ja&inwerken=ja',
      'uren-inpakken',
      scanMessages.hoursWrong('Inpakken'),
    ],
    [
      'no answer about staff shortage',
      'sector=industrie&vaak-inpakken=dagelijks&uren-inpakken=4&inwerken=ja',
      'tekort',
      scanMessages.shortage,
    ],
    [
      'no answer about showing the work',
      'sector=industrie&vaak-inpakken=dagelijks&uren-inpakken=4&tekort=nee',
      'inwerken',
      scanMessages.mentor,
    ],
  ])('refuses %s with a Dutch message at the field', (_name, query, field, message) => {
    const result = check(query);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.errors[field]).toBe(message);
  });

  it('keeps what was typed, so the form can show it again', () => {
    const result = check('sector=industrie&vaak-inpakken=dagelijks&uren-inpakken=veel');
    expect(result.values.tasks['inpakken']).toEqual({ frequency: 'dagelijks', hours: 'veel' });
  });

  it('ignores hours typed at a task that is not part of the business', () => {
    const result = check(`${complete}&vaak-kratten=nooit&uren-kratten=99`);
    expect(result.success).toBe(true);
  });

  it('writes the same answers back as one canonical address', () => {
    const first = check(`inwerken=ja&${complete}&uren-kratten=2.5&vaak-kratten=wekelijks`);
    expect(first.success).toBe(true);
    if (!first.success) return;
    const query = scanQuery(first.answers);
    expect(query).toBe(
      'sector=industrie&vaak-inpakken=dagelijks&uren-inpakken=12&vaak-kratten=wekelijks&uren-kratten=2%2C5&tekort=ja&inwerken=ja',
    );
    const again = check(query);
    expect(again.success && scanQuery(again.answers)).toBe(query);
  });
});
