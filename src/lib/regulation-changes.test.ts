import { describe, expect, it } from 'vitest';
import {
  allChanges,
  changesHref,
  changesNewestFirst,
  changesOf,
  groupByMonth,
  type RegulationWithChanges,
} from './regulation-changes.ts';

const lkv: RegulationWithChanges = {
  id: 'loonkostenvoordeel',
  title: 'Loonkostenvoordeel (LKV)',
  changes: [
    { date: '2026-01-01', summary: 'Het LKV oudere werknemer is afgeschaft.' },
    { date: '2026-11-20', summary: 'Bedragen voor 2026 toegevoegd.' },
    { date: '2026-11-20', summary: 'Bron van UWV bijgewerkt.' },
  ],
};
const jobcoach: RegulationWithChanges = {
  id: 'jobcoach',
  title: 'Jobcoach',
  changes: [{ date: '2026-11-20', summary: 'Nieuwe contactpersoon.' }],
};
const quiet: RegulationWithChanges = { id: 'proefplaatsing', title: 'Proefplaatsing', changes: [] };

describe('changesNewestFirst', () => {
  it('puts the newest change first and keeps same-day changes in the order of the file', () => {
    expect(changesNewestFirst(lkv.changes).map((change) => change.summary)).toEqual([
      'Bedragen voor 2026 toegevoegd.',
      'Bron van UWV bijgewerkt.',
      'Het LKV oudere werknemer is afgeschaft.',
    ]);
  });

  it('leaves the list it was given as it was', () => {
    const before = lkv.changes.map((change) => change.date);
    changesNewestFirst(lkv.changes);
    expect(lkv.changes.map((change) => change.date)).toEqual(before);
  });
});

describe('allChanges', () => {
  it('lists every change of every regulation, newest first, same day by regulation title', () => {
    expect(
      allChanges([lkv, quiet, jobcoach]).map((change) => [change.date, change.regulationId]),
    ).toEqual([
      ['2026-11-20', 'jobcoach'],
      ['2026-11-20', 'loonkostenvoordeel'],
      ['2026-11-20', 'loonkostenvoordeel'],
      ['2026-01-01', 'loonkostenvoordeel'],
    ]);
  });

  it('gives each change a key from its date and its place among that day’s changes', () => {
    expect(allChanges([lkv]).map((change) => change.key)).toEqual([
      '2026-11-20-1',
      '2026-11-20-2',
      '2026-01-01-1',
    ]);
  });

  it('keeps a change’s key when its summary is reworded or a change on another day is added', () => {
    const reworded = {
      ...lkv,
      changes: [
        { date: '2026-12-01', summary: 'Iets nieuws.' },
        ...lkv.changes.map((change) => ({ ...change, summary: `${change.summary} (verbeterd)` })),
      ],
    };
    const keyOf = (regulation: RegulationWithChanges, text: string) =>
      allChanges([regulation]).find((change) => change.summary.startsWith(text))?.key;
    expect(keyOf(reworded, 'Bron van UWV')).toBe(keyOf(lkv, 'Bron van UWV'));
  });

  it('is empty when no regulation has changes', () => {
    expect(allChanges([quiet])).toEqual([]);
  });
});

describe('groupByMonth', () => {
  it('groups changes by month with a Dutch month name, newest month first', () => {
    const months = groupByMonth(allChanges([lkv, jobcoach]));
    expect(months.map((month) => [month.month, month.label, month.changes.length])).toEqual([
      ['2026-11', 'november 2026', 3],
      ['2026-01', 'januari 2026', 1],
    ]);
  });

  it('has no months when there are no changes', () => {
    expect(groupByMonth([])).toEqual([]);
  });
});

describe('changesHref', () => {
  it('points at the change notes on the regulation’s own page', () => {
    expect(changesHref('jobcoach')).toBe('/regelingen/jobcoach/#wijzigingen');
  });
});

describe('changesOf', () => {
  it('takes the changes from regulation entries and the newest review date among them', () => {
    const entry = (regulation: RegulationWithChanges, reviewedOn: string) => ({
      id: regulation.id,
      data: { title: regulation.title, reviewedOn, changes: [...regulation.changes] },
    });
    const { changes, newestReview } = changesOf([
      entry(lkv, '2026-11-20'),
      entry(jobcoach, '2026-12-02'),
      entry(quiet, '2026-06-30'),
    ]);
    expect(changes).toHaveLength(4);
    expect(changes[0]?.regulationTitle).toBe('Jobcoach');
    expect(newestReview).toBe('2026-12-02');
  });
});
