/**
 * The rule evaluation, case by case against the real regulations in content/ (so a change to an
 * amount or a condition shows up here), plus a few made-up regulations for edges the content does
 * not reach. Dates are parameters: nothing here depends on the day the tests run.
 */
import { describe, expect, it } from 'vitest';
import { loadAllEntries } from '../../../tests/support/content-files.ts';
import type { Answers } from './answers.ts';
import type { RegulationVariant } from '../../schemas/regulation-rules.ts';
import { evaluate, type RegulationOutcome, type WijzerRegulation } from './evaluate.ts';
import { toWijzerRegulation, type RegulationData } from './from-content.ts';

const regulations = loadAllEntries()
  .filter((entry) => entry.collection === 'regulations')
  .map((entry) => toWijzerRegulation({ id: entry.id, data: entry.data as RegulationData }));

const today = '2026-11-27';

/** Answers with everything "Weet ik niet", except what the case sets. */
function answers(overrides: Partial<Answers> = {}): Answers {
  return { situations: [], situationsUnknown: !overrides.situations, ...overrides };
}

function outcomeOf(id: string, given: Answers, on = today): RegulationOutcome {
  const result = evaluate(given, regulations, { today: on });
  const outcome = [...result.applies, ...result.ask, ...result.notApplicable].find(
    (candidate) => candidate.id === id,
  );
  if (!outcome) throw new Error(`no outcome for ${id}`);
  return outcome;
}

/** Every sentence an outcome gives the employer, to match reasons against. */
const sentences = (outcome: RegulationOutcome) =>
  outcome.variants.flatMap((variant) => [
    ...variant.because,
    ...variant.open,
    ...(variant.reason ? [variant.reason] : []),
  ]);

const nbsp = (text: string) => text.replaceAll('\u00a0', ' ');

it('covers every regulation in content/, and each has rules', () => {
  expect(regulations.map((regulation) => regulation.id).sort()).toEqual(
    [
      'banenafspraak',
      'jobcoach',
      'loonkostensubsidie',
      'loonkostenvoordeel',
      'no-riskpolis',
      'loondispensatie',
      'plaatsingspremie',
      'praktijkleren',
      'proefplaatsing',
      'social-return',
      'werkplekaanpassing',
    ].sort(),
  );
  expect(regulations.filter((regulation) => !regulation.rules)).toEqual([]);
});

describe('status per regulation and answer', () => {
  const cases: [string, string, Partial<Answers>, string, RegExp?][] = [
    // No-riskpolis: automatic for WIA, (ever) Wajong and the doelgroepregister.
    ['no-riskpolis', 'WIA', { situations: ['wia'] }, 'past', /U koos: WIA, WAO of WAZ/],
    ['no-riskpolis', 'Wajong', { situations: ['wajong'] }, 'past'],
    ['no-riskpolis', 'doelgroepregister', { situations: ['doelgroepregister'] }, 'past'],
    [
      'no-riskpolis',
      'WW only',
      { situations: ['ww'] },
      'past-niet',
      /Alleen bij een WIA-, WAO- of WAZ-uitkering, Wajong of het doelgroepregister. U koos: WW/,
    ],
    ['no-riskpolis', 'none of these', { situations: [] }, 'past-niet', /U koos: geen van deze/],
    ['no-riskpolis', 'unknown situation', {}, 'vraag-wsp', /U weet nog niet welke uitkering/],
    // Loonkostensubsidie: the municipality first assesses the loonwaarde, so always ask.
    ['loonkostensubsidie', 'bijstand', { situations: ['bijstand'] }, 'vraag-wsp', /loonwaarde/],
    [
      'loonkostensubsidie',
      'statushouder',
      { situations: ['statushouder'] },
      'vraag-wsp',
      /Bij statushouders kan deze vorm passen/,
    ],
    ['loonkostensubsidie', 'WW', { situations: ['ww'] }, 'past-niet', /Alleen bij bijstand/],
    // LKV: the 56+ form ended after 2025.
    ['loonkostenvoordeel', 'Wajong', { situations: ['wajong'] }, 'past'],
    ['loonkostenvoordeel', 'doelgroepregister', { situations: ['doelgroepregister'] }, 'past'],
    [
      'loonkostenvoordeel',
      '56+ without benefit, starting in 2026',
      { situations: [], age: '56-plus', start: '2026-02-01' },
      'past-niet',
      /Geldt niet meer voor wie na 31 december 2025 begint/,
    ],
    [
      'loonkostenvoordeel',
      '56+ with an unknown start, after 2025',
      { situations: [], age: '56-plus' },
      'past-niet',
      /Geldt niet meer voor wie na 31 december 2023 begint/,
    ],
    [
      'loonkostenvoordeel',
      // The transition covers only hires before 2024 (Nieuwsbrief Loonheffingen 2026).
      '56+ who started on 31 December 2025: no transition rules',
      { situations: [], age: '56-plus', start: '2025-12-31' },
      'past-niet',
      /Geldt niet meer voor wie na 31 december 2023 begint/,
    ],
    // Proefplaatsing: a contract of at least 6 months afterwards is needed but never enough: UWV
    // approves beforehand, and a WW candidate must be unemployed 3 months (UWV, voorwaarden).
    [
      'proefplaatsing',
      'WW, 6 to 12 months',
      { situations: ['ww'], contract: '6-tot-12' },
      'vraag-wsp',
      /minstens 3 maanden werkloos/,
    ],
    [
      'proefplaatsing',
      'WW, 3 to 6 months',
      { situations: ['ww'], contract: '3-tot-6' },
      'past-niet',
      /Alleen bij een contract van minstens 6 maanden. U koos: 3 tot 6 maanden/,
    ],
    [
      'proefplaatsing',
      'WW, contract unknown',
      { situations: ['ww'] },
      'vraag-wsp',
      /U weet nog niet hoe lang het contract duurt/,
    ],
    [
      'proefplaatsing',
      'WIA, permanent',
      { situations: ['wia'], contract: 'vast' },
      'vraag-wsp',
      /UWV geeft vooraf toestemming/,
    ],
    [
      'proefplaatsing',
      'bijstand (the municipality has its own rules)',
      { situations: ['bijstand'], contract: 'vast' },
      'vraag-wsp',
      /eigen regels/,
    ],
    // Jobcoach via UWV: at least 8 hours a week and 3 months, but no UWV page confirms that
    // (older sources say 12 h and 6 months), so meeting them gives "vraag het WSP".
    [
      'jobcoach',
      'Wajong, coaching, 8 h, 3 to 6 months',
      { situations: ['wajong'], coaching: 'ja', hoursPerWeek: 8, contract: '3-tot-6' },
      'vraag-wsp',
      /Geldt bij minstens 8 uur per week. U vulde 8 uur in/,
    ],
    [
      'jobcoach',
      'Wajong, coaching, 7.9 h',
      { situations: ['wajong'], coaching: 'ja', hoursPerWeek: 7.9, contract: '3-tot-6' },
      'past-niet',
      /Alleen bij minstens 8 uur per week. U vulde 7,9 uur in/,
    ],
    [
      'jobcoach',
      'Wajong, coaching, contract shorter than 3 months',
      { situations: ['wajong'], coaching: 'ja', hoursPerWeek: 20, contract: 'korter-dan-3' },
      'past-niet',
      /minstens 3 maanden/,
    ],
    [
      'jobcoach',
      'no coaching needed',
      { situations: ['wajong'], coaching: 'nee', hoursPerWeek: 20, contract: 'vast' },
      'past-niet',
      /Alleen als de kandidaat begeleiding op het werk nodig heeft/,
    ],
    [
      'jobcoach',
      'coaching need unknown',
      { situations: ['wajong'], hoursPerWeek: 20, contract: 'vast' },
      'vraag-wsp',
      /U weet nog niet of de kandidaat begeleiding nodig heeft/,
    ],
    [
      'jobcoach',
      'hours unknown',
      { situations: ['wajong'], coaching: 'ja', contract: 'vast' },
      'vraag-wsp',
      /U weet nog niet hoeveel uur per week/,
    ],
    // Werkplekaanpassing: only when needed, for work of at least 6 months; the cost threshold is open.
    [
      'werkplekaanpassing',
      'needed, 6 to 12 months',
      { situations: [], workplace: 'ja', contract: '6-tot-12' },
      'vraag-wsp',
      /drempelbedrag/,
    ],
    [
      'werkplekaanpassing',
      'not needed',
      { situations: [], workplace: 'nee' },
      'past-niet',
      /U koos: nee/,
    ],
    [
      'werkplekaanpassing',
      'needed, shorter contract',
      { situations: [], workplace: 'ja', contract: '3-tot-6' },
      'past-niet',
      /minstens 6 maanden/,
    ],
    // Praktijkleren: runs to school year 2027/2028; always depends on a learning place.
    ['praktijkleren', 'a start in 2027', { situations: [], start: '2027-02-01' }, 'vraag-wsp'],
    [
      'praktijkleren',
      'a start after the scheme ends',
      { situations: [], start: '2028-08-01' },
      'past-niet',
      /Geldt niet meer voor wie na 31 juli 2028 begint/,
    ],
    // Municipal and procurement regulations: always "ask the WSP".
    ['plaatsingspremie', 'any hire', { situations: ['bijstand'] }, 'vraag-wsp', /Elke gemeente/],
    ['social-return', 'any hire', { situations: [] }, 'vraag-wsp', /opdracht van een gemeente/],
    // Banenafspraak: the doelgroepregister.
    ['banenafspraak', 'doelgroepregister', { situations: ['doelgroepregister'] }, 'past'],
    // Bijstand with a loonwaarde below minimum wage usually means the doelgroepregister.
    ['banenafspraak', 'bijstand', { situations: ['bijstand'] }, 'vraag-wsp'],
    ['banenafspraak', 'WW', { situations: ['ww'] }, 'past-niet'],
  ];

  it.each(cases)('%s, %s: %s', (id, _name, given, status, reason) => {
    const outcome = outcomeOf(id, answers(given));
    expect(outcome.status).toBe(status);
    if (reason) expect(sentences(outcome).join('\n')).toMatch(reason);
  });
});

describe('what it yields for this hire', () => {
  const lkv = (given: Partial<Answers>) =>
    outcomeOf('loonkostenvoordeel', answers(given)).variants[0]?.yields;

  it.each([
    // LKV arbeidsgehandicapte: € 3,05 × hours × 52, capped at € 6.000 a year.
    ['24 hours', 24, 380640, false],
    ['37.8 hours, just under the cap', 37.8, 599508, false],
    ['37.9 hours, just over the cap', 37.9, 600000, true],
    ['40 hours', 40, 600000, true],
  ])('LKV arbeidsgehandicapte at %s', (_name, hours, perYear, atMaximum) => {
    const yields = lkv({ situations: ['wia'], hoursPerWeek: hours });
    expect(yields?.estimate?.perYearCents).toBe(perYear);
    expect(yields?.estimate?.atMaximum).toBe(atMaximum);
    expect(yields?.estimate?.years).toBe(3);
    expect(yields?.estimate?.totalCents).toBe(perYear * 3);
  });

  it('shows the sum behind the LKV estimate, and says when the maximum applies', () => {
    const capped = lkv({ situations: ['wia'], hoursPerWeek: 40 })?.estimate?.calculation ?? '';
    expect(nbsp(capped)).toBe(
      '€ 3,05 × 40 uur × 52 weken = € 6.344. Dat is meer dan het maximum van € 6.000 per jaar.',
    );
  });

  it.each([
    // LKV doelgroep banenafspraak 2026: € 1,01 an hour, at most € 2.000 a year, no end.
    [36, 189072, false],
    [38, 199576, false],
    [38.1, 200000, true],
  ])('LKV doelgroep banenafspraak at %f hours', (hours, perYear, atMaximum) => {
    const yields = lkv({ situations: ['doelgroepregister'], hoursPerWeek: hours });
    expect(yields?.estimate?.perYearCents).toBe(perYear);
    expect(yields?.estimate?.atMaximum).toBe(atMaximum);
    expect(yields?.estimate?.totalCents).toBeUndefined();
    expect(nbsp(yields?.rate ?? '')).toBe('€ 1,01 per uur, hoogstens € 2.000 per jaar');
  });

  it('makes no estimate without the hours, and says so', () => {
    const yields = lkv({ situations: ['wajong'] });
    expect(yields?.estimate).toBeUndefined();
    expect(yields?.missing).toMatch(/Vul het aantal uren per week in/);
  });

  it('shows both LKV forms when both apply', () => {
    const outcome = outcomeOf(
      'loonkostenvoordeel',
      answers({ situations: ['wajong', 'doelgroepregister'], hoursPerWeek: 20 }),
    );
    expect(outcome.variants.map((variant) => variant.name)).toEqual([
      'LKV arbeidsgehandicapte werknemer',
      'LKV doelgroep banenafspraak',
    ]);
  });

  it('works out the hours an in-house jobcoach may coach, year by year', () => {
    const outcome = outcomeOf(
      'jobcoach',
      answers({ situations: ['wajong'], coaching: 'ja', hoursPerWeek: 24, contract: 'vast' }),
    );
    expect(outcome.variants[0]?.yields.coaching).toEqual([
      { year: 1, percent: 15, hoursPerWeek: 3.6 },
      { year: 2, percent: 7.5, hoursPerWeek: 1.8 },
      { year: 3, percent: 6, hoursPerWeek: 1.44 },
    ]);
  });

  it('gives the maximum of a one-off amount', () => {
    const outcome = outcomeOf('praktijkleren', answers({ situations: [] }));
    expect(nbsp(outcome.variants[0]?.yields.rate ?? '')).toBe('tot € 2.700');
  });

  it('names who to contact', () => {
    expect(outcomeOf('loonkostenvoordeel', answers()).contact).toMatch(/salarisadministratie/);
  });
});

describe('the dated plan', () => {
  const planOf = (given: Partial<Answers>, on = today) =>
    evaluate(answers(given), regulations, { today: on }).plan;

  it('dates the doelgroepverklaring three months after a start on 31 January (30 April)', () => {
    const plan = planOf({ situations: ['wajong'], start: '2026-01-31' }, '2026-01-02');
    const item = plan.find((entry) => entry.text.includes('doelgroepverklaring'));
    expect(item).toMatchObject({ moment: 'na-start', months: 3, date: '2026-04-30' });
    expect(item?.tentative).toBe(false);
  });

  it('puts UWV approval for a proefplaatsing on the day before the start', () => {
    const plan = planOf({ situations: ['ww'], contract: 'vast', start: '2027-01-01' });
    const item = plan.find((entry) => entry.text.includes('toestemming aan UWV'));
    expect(item).toMatchObject({ moment: 'voor-start', date: '2026-12-31', overdue: false });
  });

  it('repeats a yearly action for the years a form lasts', () => {
    const plan = planOf({ situations: ['wia'], start: '2027-03-01' });
    const yearly = plan.find((entry) => entry.moment === 'jaarlijks');
    expect(yearly?.date).toBe('2028-03-01');
    expect(yearly?.moreDates).toEqual(['2029-03-01', '2030-03-01']);
  });

  it('orders the plan: before the start, at the start, after it, yearly', () => {
    const plan = planOf({
      situations: ['wajong', 'doelgroepregister'],
      coaching: 'ja',
      workplace: 'ja',
      hoursPerWeek: 24,
      contract: 'vast',
      start: '2027-02-01',
    });
    const moments = plan.map((item) => item.moment);
    expect(moments).toEqual([...moments].sort((a, b) => rank(a) - rank(b)));
    expect(new Set(moments)).toEqual(new Set(['voor-start', 'bij-start', 'na-start', 'jaarlijks']));
    // Actions of regulations that may apply are in the plan, marked as such.
    expect(plan.find((item) => item.regulationId === 'werkplekaanpassing')?.tentative).toBe(true);
  });

  it('marks a date that has passed', () => {
    const plan = planOf({ situations: ['wajong'], start: '2026-09-01' });
    expect(plan.find((item) => item.moment === 'bij-start')?.overdue).toBe(true);
    expect(plan.find((item) => item.moment === 'na-start')).toMatchObject({
      date: '2026-12-01',
      overdue: false,
    });
  });

  it('has no dates while the first working day is unknown', () => {
    const plan = planOf({ situations: ['wajong'] });
    expect(plan.length).toBeGreaterThan(0);
    expect(plan.every((item) => item.date === undefined && item.moreDates.length === 0)).toBe(true);
  });

  it('leaves out the actions of regulations that do not apply', () => {
    const plan = planOf({ situations: ['ww'], contract: '3-tot-6', start: '2027-01-01' });
    expect(plan.some((item) => item.regulationId === 'proefplaatsing')).toBe(false);
  });
});

const rank = (moment: string) =>
  ['voor-start', 'bij-start', 'na-start', 'jaarlijks'].indexOf(moment);

describe('unknown answers never become a guess', () => {
  it('applies nothing for sure when every answer is "Weet ik niet"', () => {
    const result = evaluate(answers(), regulations, { today });
    expect(result.applies).toEqual([]);
    expect(result.unknown).toEqual([
      'situatie',
      'leeftijd',
      'werkplek',
      'begeleiding',
      'uren',
      'contract',
      'start',
    ]);
    expect(result.notApplicable).toEqual([]);
    // What is certain without answers still counts: the LKV for older workers has ended.
    const lkv = result.ask.find((outcome) => outcome.id === 'loonkostenvoordeel');
    expect(lkv?.variants.map((variant) => variant.name)).not.toContain(
      'LKV oudere werknemer (56 jaar of ouder)',
    );
  });

  it('asks the WSP about a regulation without rules', () => {
    const bare: WijzerRegulation = { id: 'nieuw', title: 'Nieuwe regeling', reviewedOn: today };
    const result = evaluate(answers({ situations: ['wia'] }), [bare], { today });
    expect(result.ask[0]).toMatchObject({ id: 'nieuw', status: 'vraag-wsp', variants: [] });
    expect(result.ask[0]?.note).toMatch(/Vraag het WSP/);
    expect(result.ask[0]?.contact).toBe('Het WSP van uw gemeente.');
  });
});

describe('made-up rules at the edges', () => {
  const made = (rules: WijzerRegulation['rules'], reviewedOn = today): WijzerRegulation => ({
    id: 'proef',
    title: 'Proefregeling',
    reviewedOn,
    rules,
  });

  it('reaches a cap exactly: the estimate equals the maximum and says so', () => {
    const regulation = made({
      variants: [
        {
          name: 'Per uur',
          situations: [],
          askSituations: [],
          notSituations: [],
          ageBands: [],
          actions: [],
          yields: {
            kind: 'per-uur',
            text: 'Een bedrag per uur.',
            centsPerHour: 1000,
            maxCentsPerYear: 520000,
            percentagesPerYear: [],
          },
        },
      ],
    });
    const [outcome] = evaluate(answers({ situations: [], hoursPerWeek: 10 }), [regulation], {
      today,
    }).applies;
    expect(outcome?.variants[0]?.yields.estimate).toMatchObject({
      uncappedCents: 520000,
      perYearCents: 520000,
      atMaximum: true,
    });
    expect(outcome?.variants[0]?.yields.estimate?.calculation).not.toMatch(/meer dan het maximum/);
  });

  const plain = (overrides: Partial<RegulationVariant>): WijzerRegulation =>
    made({
      variants: [
        {
          name: 'Vorm',
          situations: [],
          askSituations: [],
          notSituations: [],
          ageBands: [],
          actions: [],
          yields: { kind: 'geen-bedrag', text: 'Uitleg.', percentagesPerYear: [] },
          ...overrides,
        },
      ],
    });

  it('rules a form out for an excluded situation, even when another situation matches', () => {
    const regulation = plain({ situations: ['doelgroepregister'], notSituations: ['wajong'] });
    const both = evaluate(answers({ situations: ['wajong', 'doelgroepregister'] }), [regulation], {
      today,
    });
    expect(both.notApplicable[0]?.variants[0]?.reason).toBe('Niet bij Wajong. U koos: Wajong.');
    const one = evaluate(answers({ situations: ['doelgroepregister'] }), [regulation], { today });
    expect(one.applies.map((outcome) => outcome.id)).toEqual(['proef']);
  });

  it.each([
    ['the day before', '2025-12-31', 'past-niet'],
    ['the first day', '2026-01-01', 'past'],
    ['later', '2027-02-01', 'past'],
  ])('applies from a first start date: a start on %s', (_name, start, status) => {
    const regulation = plain({ firstStartDate: '2026-01-01' });
    const result = evaluate(answers({ situations: [], start }), [regulation], { today });
    const outcome = [...result.applies, ...result.ask, ...result.notApplicable][0];
    expect(outcome?.status).toBe(status);
  });

  it('treats an unknown start as not before today for a first start date', () => {
    const regulation = plain({ firstStartDate: '2026-01-01' });
    const after = evaluate(answers({ situations: [] }), [regulation], { today: '2026-01-01' });
    expect(after.applies).toHaveLength(1);
    const before = evaluate(answers({ situations: [] }), [regulation], { today: '2025-12-31' });
    expect(before.ask[0]?.variants[0]?.open.join(' ')).toMatch(/U weet nog niet wanneer/);
  });

  it('reports the range of check dates', () => {
    const result = evaluate(
      answers(),
      [made(undefined, '2026-10-01'), made(undefined, '2026-11-20')],
      { today },
    );
    expect(result.checkedOn).toEqual({ earliest: '2026-10-01', latest: '2026-11-20' });
  });
});
