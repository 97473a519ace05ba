import { describe, expect, it } from 'vitest';
import { loadAllEntries } from '../../../tests/support/content-files.ts';
import type { Answers } from './answers.ts';
import { evaluate } from './evaluate.ts';
import { toWijzerRegulation, type RegulationData } from './from-content.ts';
import { contractStartAfterTrialOf, firstSteps, planDeadlines } from './result-summary.ts';

const regulations = loadAllEntries()
  .filter((entry) => entry.collection === 'regulations')
  .map((entry) => toWijzerRegulation({ id: entry.id, data: entry.data as RegulationData }));

// The e2e test's hire: Wajong, under 27, coaching maybe, 24 hours, permanent, from 1 February 2027.
const hire: Answers = {
  situations: ['wajong'],
  situationsUnknown: false,
  age: 'onder-27',
  workplace: 'nee',
  coaching: 'ja',
  hoursPerWeek: 24,
  contract: 'vast',
  start: '2027-02-01',
};

describe('the plan by deadline', () => {
  const result = evaluate(hire, regulations, { today: '2026-11-27' });
  const groups = planDeadlines(result.plan);

  it('says each due date once, with every step of the plan under one of them', () => {
    const dues = groups.flatMap((group) => group.deadlines.map((deadline) => deadline.due));
    expect(dues).toEqual([...new Set(dues)]);
    expect(dues.filter((due) => due.includes('29 januari 2027'))).toHaveLength(1);
    const steps = groups.flatMap((group) =>
      group.deadlines.flatMap((deadline) => [...deadline.sure, ...deadline.maybe]),
    );
    expect(steps).toHaveLength(result.plan.length);
    expect(new Set(steps)).toEqual(new Set(result.plan));
  });

  it('keeps the steps of regulations that surely apply apart from the maybes', () => {
    for (const deadline of groups.flatMap((group) => group.deadlines)) {
      expect(deadline.sure.every((item) => !item.tentative)).toBe(true);
      expect(deadline.maybe.every((item) => item.tentative)).toBe(true);
    }
    const firstDay = groups.find((group) => group.moment === 'bij-start')?.deadlines[0];
    expect(firstDay?.sure.map((item) => item.regulationId)).toEqual(['no-riskpolis']);
    expect(firstDay?.maybe.map((item) => item.regulationId)).toEqual(['loondispensatie']);
  });

  it('names the contract start after a proefplaatsing once for the whole plan', () => {
    expect(contractStartAfterTrialOf(result.plan)).toBe('2027-04-01');
    const noTrial = evaluate({ ...hire, contract: 'korter-dan-3' }, regulations, {
      today: '2026-11-27',
    });
    expect(contractStartAfterTrialOf(noTrial.plan)).toBeUndefined();
  });
});

describe('what to do this week', () => {
  it('asks the WSP about the maybes, offers the calendar and names the next fixed date', () => {
    const result = evaluate(hire, regulations, { today: '2026-11-27' });
    const steps = firstSteps(result);
    expect(steps.map((step) => step.kind)).toEqual(['ask-wsp', 'calendar', 'next']);
    expect(steps[0]).toEqual({ kind: 'ask-wsp', count: result.ask.length });
    const next = steps[2];
    expect(next?.kind === 'next' && next.item.date).toBe('2027-02-01');
  });

  it('lists the sure steps due within a week, and those already past', () => {
    const result = evaluate({ ...hire, start: '2026-11-30' }, regulations, {
      today: '2026-11-27',
    });
    const due = firstSteps(result).filter((step) => step.kind === 'due');
    expect(due.map((step) => step.kind === 'due' && step.item.regulationId)).toEqual([
      'no-riskpolis',
    ]);
    const late = evaluate({ ...hire, start: '2026-08-03' }, regulations, { today: '2026-11-27' });
    const overdue = firstSteps(late).filter((step) => step.kind === 'due');
    expect(overdue.map((step) => step.kind === 'due' && step.item.regulationId)).toEqual([
      'no-riskpolis',
      'loonkostenvoordeel',
    ]);
  });

  it('asks to agree on a first working day when it is unknown', () => {
    const result = evaluate({ ...hire, start: undefined }, regulations, { today: '2026-11-27' });
    expect(firstSteps(result).map((step) => step.kind)).toEqual(['ask-wsp', 'choose-start']);
  });
});
