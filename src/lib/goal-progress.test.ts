import { describe, expect, it } from 'vitest';
import {
  barGeometry,
  figuresNewestFirst,
  formatCount,
  goalProgress,
  goalsInOrder,
  progressSentence,
  type GoalFigure,
} from './goal-progress.ts';

const figure = (value: number, date: string): GoalFigure => ({
  value,
  date,
  source: 'Telling WSP',
  demo: false,
});

describe('the progress of a goal', () => {
  it('takes the newest figure, whatever order staff entered them in', () => {
    const progress = goalProgress({
      target: 20,
      figures: [figure(6, '2026-11-27'), figure(2, '2026-10-31'), figure(9, '2027-01-05')],
    });
    expect(progress.latest?.value).toBe(9);
    expect(progress.percent).toBe(45);
    expect(progress.figures.map((f) => f.date)).toEqual(['2027-01-05', '2026-11-27', '2026-10-31']);
  });

  it('on one day, counts the figure entered last as the newest (a correction)', () => {
    const newest = figuresNewestFirst([figure(5, '2026-11-27'), figure(4, '2026-11-27')]);
    expect(newest[0]?.value).toBe(4);
  });

  it('has no latest figure and 0% before anything is counted', () => {
    const progress = goalProgress({ target: 30, figures: [] });
    expect(progress.latest).toBeUndefined();
    expect(progress.percent).toBe(0);
    expect(progressSentence({ target: 30, unit: 'mensen' }, progress)).toBe(
      'Nog geen cijfer. Doel: 30 mensen.',
    );
  });

  it('may pass 100% when the target is beaten', () => {
    expect(goalProgress({ target: 10, figures: [figure(13, '2027-03-01')] }).percent).toBe(130);
  });

  it('says the numbers in one Dutch sentence', () => {
    const goal = { target: 2500, unit: 'werkgevers' };
    expect(
      progressSentence(goal, goalProgress({ ...goal, figures: [figure(2110, '2026-11-27')] })),
    ).toBe('2.110 van 2.500 werkgevers: 84% van het doel.');
  });
});

describe('the bar', () => {
  it('fills in proportion to the target', () => {
    expect(barGeometry(5, 20, 400)).toMatchObject({ width: 400, filled: 100 });
  });

  it('never fills past the track, nor below zero', () => {
    expect(barGeometry(40, 20, 400).filled).toBe(400);
    expect(barGeometry(3, 0, 400).filled).toBe(0);
  });
});

describe('goals', () => {
  it('are listed by their order, then by title', () => {
    const goal = (title: string, order: number) => ({ data: { title, order } });
    expect(
      goalsInOrder([goal('B', 20), goal('Z', 10), goal('A', 20)]).map((g) => g.data.title),
    ).toEqual(['Z', 'A', 'B']);
  });

  it('counts are written the Dutch way', () => {
    expect(formatCount(12500)).toBe('12.500');
  });
});
