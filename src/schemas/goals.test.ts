/**
 * A goal on /resultaten/ and the figures staff enter for it: a figure without a source never
 * reaches the public page, and every refusal names the field in Dutch.
 */
import { describe, expect, it } from 'vitest';
import { goalSchema } from './goals.ts';

const validGoal = {
  title: 'Extra mensen aan het werk door functiecreatie, eerste jaar',
  description: 'Werkgevers maken nieuwe functies van taken die blijven liggen.',
  target: 20,
  unit: 'extra mensen aan het werk',
  periodStart: '2026-10-01',
  periodEnd: '2027-09-30',
  source: 'Themaboek Inclusieve arbeidsmarkt (2019), voorstel 3',
  figures: [{ value: 6, date: '2026-11-27', source: 'Telling WSP, november 2026' }],
};

function issuesOf(data: unknown) {
  const result = goalSchema().safeParse(data);
  return result.success
    ? []
    : result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

describe('a goal', () => {
  it('is accepted with its target, period, source and figures; figures are not examples by default', () => {
    const goal = goalSchema().parse(validGoal);
    expect(goal.figures[0]).toMatchObject({ value: 6, date: '2026-11-27', demo: false });
    expect(goal.demo).toBe(false);
  });

  it('may have no figures yet', () => {
    const { figures: _none, ...withoutFigures } = validGoal;
    expect(goalSchema().parse(withoutFigures).figures).toEqual([]);
  });

  it('is refused without a source', () => {
    const { source: _gone, ...withoutSource } = validGoal;
    expect(issuesOf(withoutSource)).toEqual([
      { path: 'source', message: 'Bron van het doel: vul dit veld in.' },
    ]);
  });

  it('is refused without a whole target', () => {
    expect(issuesOf({ ...validGoal, target: 12.5 })).toEqual([
      { path: 'target', message: 'Streefgetal: vul een heel getal in, zonder komma.' },
    ]);
  });

  it('is refused when its period ends before it starts', () => {
    expect(issuesOf({ ...validGoal, periodEnd: '2026-09-30' })).toEqual([
      {
        path: 'periodEnd',
        message: 'Periode tot en met: kies een datum na het begin van de periode.',
      },
    ]);
  });
});

describe('a figure', () => {
  const withFigure = (figure: Record<string, unknown>) => ({ ...validGoal, figures: [figure] });

  it('is refused without a source, with a Dutch message at the figure', () => {
    expect(issuesOf(withFigure({ value: 6, date: '2026-11-27' }))).toEqual([
      { path: 'figures.0.source', message: 'Bron van het cijfer: vul dit veld in.' },
    ]);
  });

  it('is refused with an empty source (only spaces)', () => {
    expect(issuesOf(withFigure({ value: 6, date: '2026-11-27', source: '   ' }))).toEqual([
      { path: 'figures.0.source', message: 'Bron van het cijfer: vul dit veld in.' },
    ]);
  });

  it('is refused without a date, or with a date that does not exist', () => {
    expect(issuesOf(withFigure({ value: 6, source: 'Telling' }))[0]?.path).toBe('figures.0.date');
    expect(issuesOf(withFigure({ value: 6, date: '2026-02-30', source: 'Telling' }))).toEqual([
      {
        path: 'figures.0.date',
        message: 'Gemeten op: geef een bestaande datum als 2026-11-27.',
      },
    ]);
  });

  it('is refused when negative or not a number', () => {
    expect(issuesOf(withFigure({ value: -1, date: '2026-11-27', source: 'Telling' }))).toEqual([
      { path: 'figures.0.value', message: 'Cijfer: vul 0 of meer in.' },
    ]);
    expect(issuesOf(withFigure({ value: 'zes', date: '2026-11-27', source: 'Telling' }))).toEqual([
      { path: 'figures.0.value', message: 'Cijfer: vul een getal in, zoals 12.' },
    ]);
  });

  it('keeps an optional web address of its source, which must be a full address', () => {
    expect(
      issuesOf(withFigure({ value: 6, date: '2026-11-27', source: 'Telling', sourceUrl: 'wsp' })),
    ).toEqual([
      {
        path: 'figures.0.sourceUrl',
        message:
          'Webadres van de bron van het cijfer: geef een volledig webadres, beginnend met https://.',
      },
    ]);
  });

  it('can be marked as an invented example', () => {
    const goal = goalSchema().parse(
      withFigure({ value: 6, date: '2026-11-27', source: 'Telling', demo: true }),
    );
    expect(goal.figures[0]?.demo).toBe(true);
  });
});
