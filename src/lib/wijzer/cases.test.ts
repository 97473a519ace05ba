/**
 * The case table (cases.table.ts): realistic hires run through the real evaluation on the real
 * regulations in content/. A wrong fact in a rule, or a rule that drifts from its source, fails
 * the case that names the source. Every case fixes its own "today".
 */
import { describe, expect, it } from 'vitest';
import { loadAllEntries } from '../../../tests/support/content-files.ts';
import type { Answers } from './answers.ts';
import { cases, type Case } from './cases.table.ts';
import { evaluate } from './evaluate.ts';
import { toWijzerRegulation, type RegulationData } from './from-content.ts';

const entries = loadAllEntries().filter((entry) => entry.collection === 'regulations');
const regulations = entries.map((entry) =>
  toWijzerRegulation({ id: entry.id, data: entry.data as RegulationData }),
);

const DEFAULT_TODAY = '2026-11-29';

function answersOf(given: Case['answers']): Answers {
  return { situations: [], situationsUnknown: !given.situations, ...given };
}

function run(item: Case) {
  return evaluate(answersOf(item.answers), regulations, { today: item.today ?? DEFAULT_TODAY });
}

describe('the case table', () => {
  it('holds at least 25 cases, around 1 January 2026 and 1 January 2027, each sourced', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
    const starts = cases.map((item) => item.answers.start).filter(Boolean) as string[];
    expect(starts.some((start) => start >= '2025-12-01' && start <= '2026-01-31')).toBe(true);
    expect(starts.some((start) => start >= '2026-12-01' && start <= '2027-01-31')).toBe(true);
    for (const item of cases) {
      expect(item.expect.length, item.name).toBeGreaterThan(0);
      for (const [, , source] of item.expect) expect(source).toMatch(/^https:\/\/\S+$/);
      for (const step of item.plan ?? []) expect(step.source).toMatch(/^https:\/\/\S+$/);
    }
    expect(new Set(cases.map((item) => item.name)).size).toBe(cases.length);
  });

  it('names only regulations that exist in content/', () => {
    const ids = new Set(regulations.map((regulation) => regulation.id));
    const named = cases.flatMap((item) => [
      ...item.expect.map(([id]) => id),
      ...(item.plan ?? []).map((step) => step.regulation),
    ]);
    expect(named.filter((id) => !ids.has(id))).toEqual([]);
  });
});

describe.each(cases.map((item) => [item.name, item] as const))('%s', (_name, item) => {
  const result = run(item);
  const outcomes = [...result.applies, ...result.ask, ...result.notApplicable];

  it.each(item.expect.map(([id, status, source]) => [id, status, source] as const))(
    '%s: %s (%s)',
    (id, status) => {
      expect(outcomes.find((outcome) => outcome.id === id)?.status).toBe(status);
    },
  );

  if (item.plan) {
    it.each(item.plan.map((step) => [step.regulation, step.moment, step] as const))(
      'plan: %s, %s',
      (_id, _moment, step) => {
        const found = result.plan.filter(
          (planItem) =>
            planItem.regulationId === step.regulation && planItem.moment === step.moment,
        );
        expect(found.map((planItem) => planItem.date)).toContain(step.date);
        if (step.afterTrial) {
          expect(found.map((planItem) => planItem.afterTrial?.date)).toContain(step.afterTrial);
        }
      },
    );
  }
});

describe('doubt is said once, plainly', () => {
  it.each(entries.map((entry) => [entry.id, entry.data as RegulationData] as const))(
    '%s: the caution, if any, is one sentence "Vraag het WSP ..., want ..."',
    (_id, data) => {
      if (!data.caution) return;
      expect(data.caution).toMatch(/^Vraag het WSP /);
      expect(data.caution).toMatch(/, want /);
      expect(data.caution.replace(/\.$/, '')).not.toMatch(/[.!?]\s/);
    },
  );
});
