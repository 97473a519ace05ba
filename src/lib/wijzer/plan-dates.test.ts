/**
 * The plan's dates are dates the employer can use: a legal period of at most three months that
 * ends on a weekend or public holiday runs on to the next working day (Algemene termijnenwet,
 * art. 1 and 4), a step due before the start moves back to a working day, and when a
 * proefplaatsing may come first, steps counted from the contract also get the later date. Real
 * content, fixed "today": nothing depends on the day the tests run.
 */
import { describe, expect, it } from 'vitest';
import { loadAllEntries } from '../../../tests/support/content-files.ts';
import type { PlanAction } from '../../schemas/regulation-rules.ts';
import type { Answers } from './answers.ts';
import { evaluate } from './evaluate.ts';
import { toWijzerRegulation, type RegulationData } from './from-content.ts';
import { contractStartAfterTrial, dueDates } from './plan.ts';
import { afterTrialText, dueText } from './wording.ts';

const regulations = loadAllEntries()
  .filter((entry) => entry.collection === 'regulations')
  .map((entry) => toWijzerRegulation({ id: entry.id, data: entry.data as RegulationData }));

const today = '2026-11-29';
const nbsp = (text: string) => text.replaceAll('\u00a0', ' ');

function hire(overrides: Partial<Answers>): Answers {
  return {
    situations: ['wia'],
    situationsUnknown: false,
    age: '27-tot-56',
    workplace: 'nee',
    coaching: 'nee',
    hoursPerWeek: 24,
    contract: 'vast',
    ...overrides,
  };
}

const planOf = (answers: Answers) => evaluate(answers, regulations, { today }).plan;
const doelgroepverklaring = (answers: Answers) =>
  planOf(answers).find(
    (item) => item.regulationId === 'loonkostenvoordeel' && item.moment === 'na-start',
  );

describe('deadlines on a weekend or public holiday', () => {
  it('moves three months after 1 October 2026 (New Year 2027) to Monday 4 January', () => {
    const item = doelgroepverklaring(hire({ start: '2026-10-01' }));
    expect(item?.date).toBe('2027-01-04');
    expect(item?.moved).toEqual({ from: '2027-01-01', reason: 'Nieuwjaarsdag' });
    expect(nbsp(dueText(item!))).toBe(
      'uiterlijk 4 januari 2027 (binnen 3 maanden na de eerste werkdag; 1 januari 2027 is Nieuwjaarsdag, dus het mag nog op de eerstvolgende werkdag)',
    );
  });

  it('keeps a deadline that falls on a working day', () => {
    const item = doelgroepverklaring(hire({ start: '2027-02-03' }));
    expect(item?.date).toBe('2027-05-03');
    expect(item?.moved).toBeUndefined();
  });

  it('moves a step due the day before a Monday start back to the last working day', () => {
    // Monday 4 January 2027: the day before is a Sunday, and 1 January is New Year's Day.
    const before = planOf(hire({ situations: ['wajong'], start: '2027-01-04' })).filter(
      (item) => item.moment === 'voor-start',
    );
    expect(before.length).toBeGreaterThan(0);
    for (const item of before) {
      expect(item.date).toBe('2026-12-31');
      expect(nbsp(dueText(item))).toBe('uiterlijk 31 december 2026 (3 januari 2027 is een zondag)');
    }
  });

  it('does not extend a period longer than three months (Atw art. 4)', () => {
    const action: PlanAction = { moment: 'na-start', months: 4, text: 'Iets.' };
    // 3 September 2026 + 4 months = Sunday 3 January 2027: left as it is.
    expect(dueDates(action, '2026-09-03', undefined)).toEqual([{ date: '2027-01-03' }]);
  });

  it('never moves the first working day itself or the yearly steps', () => {
    const plan = planOf(hire({ start: '2027-01-03' }));
    const yearly = plan.find((item) => item.moment === 'jaarlijks');
    expect(yearly?.date).toBe('2028-01-03');
    expect(yearly?.moved).toBeUndefined();
  });
});

describe('a proefplaatsing first', () => {
  it('starts the contract the day after a trial of two months', () => {
    expect(contractStartAfterTrial('2027-02-01')).toBe('2027-04-01');
    expect(contractStartAfterTrial('2026-12-31')).toBe('2027-02-28');
  });

  it('gives steps counted from the contract the later date as well', () => {
    // Wajong: the proefplaatsing may apply, so the first working day may be the trial's.
    const item = doelgroepverklaring(hire({ situations: ['wajong'], start: '2027-02-01' }));
    // Without a trial: 1 May 2027 is a Saturday, so Monday 3 May.
    expect(item?.date).toBe('2027-05-03');
    expect(item?.afterTrial).toEqual({ contractStart: '2027-04-01', date: '2027-07-01' });
    expect(nbsp(afterTrialText(item!) ?? '')).toBe(
      'Begint u eerst met een proefplaatsing van 2 maanden? Dan begint het contract pas op 1 april 2027, en is deze stap uiterlijk 1 juli 2027.',
    );
  });

  it('keeps the proefplaatsing’s own steps on the trial’s first day', () => {
    const plan = planOf(hire({ situations: ['wajong'], start: '2027-02-01' }));
    const trialSteps = plan.filter((item) => item.regulationId === 'proefplaatsing');
    expect(trialSteps.length).toBeGreaterThan(0);
    for (const item of trialSteps) {
      expect(item.date).toBe('2027-01-29');
      expect(item.afterTrial).toBeUndefined();
    }
  });

  it('adds no trial dates when no proefplaatsing can apply', () => {
    // A candidate with none of the benefits or groups: no proefplaatsing.
    const plan = planOf(hire({ situations: [], workplace: 'ja', start: '2027-02-01' }));
    expect(plan.length).toBeGreaterThan(0);
    expect(plan.some((item) => item.regulationId === 'proefplaatsing')).toBe(false);
    expect(plan.every((item) => item.afterTrial === undefined)).toBe(true);
  });
});
