/**
 * The rules schema accepts the shapes editors write and refuses broken rules with a Dutch
 * message that names the field, at the path of that field. It stays made of parts a CMS can edit.
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { regulationRules } from './regulation-rules.ts';
import { regulationSchema } from './regulations.ts';

const lkv = {
  name: 'LKV arbeidsgehandicapte werknemer',
  situations: ['wia', 'wajong'],
  years: 3,
  yields: {
    kind: 'per-uur',
    centsPerHour: 305,
    maxCentsPerYear: 600000,
    text: 'Een vast bedrag per verloond uur.',
  },
  actions: [{ moment: 'na-start', months: 3, text: 'Vraag de doelgroepverklaring aan.' }],
};

const validRules = { variants: [lkv] };

function issuesOf(data: unknown) {
  const result = regulationRules.safeParse(data);
  return result.success
    ? []
    : result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

function withVariant(change: Record<string, unknown>) {
  return { variants: [{ ...lkv, ...change }] };
}

describe('valid rules', () => {
  it('are accepted, with empty lists filled in', () => {
    const parsed = regulationRules.parse({
      variants: [{ name: 'Banenafspraak', yields: { kind: 'geen-bedrag', text: 'Telt mee.' } }],
    });
    expect(parsed.variants[0]).toMatchObject({
      situations: [],
      askSituations: [],
      notSituations: [],
      ageBands: [],
      actions: [],
    });
    expect(issuesOf(validRules)).toEqual([]);
  });

  it('read a last start date written without quotes (as the CMS writes it) as that day', () => {
    const parsed = regulationRules.parse({
      variants: [
        {
          name: 'LKV oudere werknemer',
          lastStartDate: new Date('2025-12-31'),
          yields: { kind: 'geen-bedrag', text: 'Telt mee.' },
        },
      ],
    });
    expect(parsed.variants[0]?.lastStartDate).toBe('2025-12-31');
  });

  it('are optional on a regulation', () => {
    const regulation = {
      title: 'Plaatsingspremie',
      promise: 'Een premie van de gemeente.',
      kind: 'premie',
      providers: ['gemeente'],
      qualifies: { summary: 'Verschilt per gemeente.', conditions: ['Vraag het WSP.'] },
      yields: { summary: 'Een bedrag.' },
      apply: { steps: ['Vraag het WSP.'] },
      sources: [{ title: 'WSP', url: 'https://www.wspregioamersfoort.nl' }],
      reviewedOn: '2026-11-20',
      reviewBy: '2027-06-30',
    };
    expect(regulationSchema().safeParse(regulation).success).toBe(true);
    const broken = regulationSchema().safeParse({
      ...regulation,
      rules: withVariant({ years: 0 }),
    });
    expect(broken.success).toBe(false);
    expect(broken.error?.issues[0]?.path.join('.')).toBe('rules.variants.0.years');
  });
});

describe('invalid rules are refused with the field named', () => {
  const cases: [string, unknown, string, RegExp][] = [
    ['no forms at all', { variants: [] }, 'variants', /Wijzer, vormen: noem er minstens één/],
    ['a form without a name', withVariant({ name: '' }), 'variants.0.name', /naam van de vorm/],
    [
      'a situation outside the list',
      withVariant({ situations: ['oudere'] }),
      'variants.0.situations.0',
      /Wijzer, geldt bij situatie: kies een van wia, wajong/,
    ],
    [
      'a situation both applying and "ask the WSP"',
      withVariant({ askSituations: ['wia'] }),
      'variants.0.askSituations',
      /wia staat ook bij "geldt bij situatie"/,
    ],
    [
      'a situation both applying and ruled out',
      withVariant({ notSituations: ['wajong'] }),
      'variants.0.notSituations',
      /geldt niet bij situatie: wajong staat ook bij "geldt bij situatie"/,
    ],
    [
      'a first start date that does not exist',
      withVariant({ firstStartDate: '2026-02-30' }),
      'variants.0.firstStartDate',
      /Wijzer, eerste startdatum: geef een bestaande datum als 2026-11-27/,
    ],
    [
      'an amount in euros instead of cents',
      withVariant({ yields: { ...lkv.yields, centsPerHour: 3.05 } }),
      'variants.0.yields.centsPerHour',
      /bedrag per uur \(centen\): geef een bedrag in hele centen/,
    ],
    [
      'an hourly amount without a yearly maximum',
      withVariant({ yields: { ...lkv.yields, maxCentsPerYear: undefined } }),
      'variants.0.yields.maxCentsPerYear',
      /hoogstens per jaar \(centen\): vul dit in bij de soort "Bedrag per verloond uur/,
    ],
    [
      'a one-off amount without its maximum',
      withVariant({ yields: { kind: 'eenmalig', text: 'Subsidie.' } }),
      'variants.0.yields.maxCents',
      /Wijzer, opbrengst: hoogstens \(centen\): vul dit in/,
    ],
    [
      'coaching percentages above 100',
      withVariant({
        yields: { kind: 'percentage-uren', text: 'Uren.', percentagesPerYear: [150] },
      }),
      'variants.0.yields.percentagesPerYear.0',
      /percentage per jaar: geef een getal van 0 tot 100/,
    ],
    [
      'minimum hours above 60',
      withVariant({ minHoursPerWeek: 61 }),
      'variants.0.minHoursPerWeek',
      /Wijzer, minstens uren per week: geef een getal van 1 tot 60/,
    ],
    [
      'a contract minimum that is not a whole number of months',
      withVariant({ minContractMonths: 2.5 }),
      'variants.0.minContractMonths',
      /Wijzer, contract minstens \(maanden\): geef een heel getal/,
    ],
    [
      'a last start date that does not exist',
      withVariant({ lastStartDate: '2025-02-30' }),
      'variants.0.lastStartDate',
      /Wijzer, laatste startdatum: geef een bestaande datum als 2026-11-27/,
    ],
    [
      'an action after the start without its term',
      withVariant({ actions: [{ moment: 'na-start', text: 'Vraag het aan.' }] }),
      'variants.0.actions.0.months',
      /binnen hoeveel maanden na de start: vul dit in/,
    ],
    [
      'a term on an action before the start',
      withVariant({ actions: [{ moment: 'voor-start', months: 2, text: 'Vraag het aan.' }] }),
      'variants.0.actions.0.months',
      /alleen invullen bij "Na de start/,
    ],
    [
      'an action moment outside the list',
      withVariant({ actions: [{ moment: 'ooit', text: 'Vraag het aan.' }] }),
      'variants.0.actions.0.moment',
      /Wijzer, actie: wanneer: kies een van voor-start, bij-start, na-start, jaarlijks/,
    ],
  ];

  it.each(cases)('%s', (_name, data, path, message) => {
    const issues = issuesOf(data);
    expect(issues.map((issue) => issue.path)).toContain(path);
    expect(issues.find((issue) => issue.path === path)?.message).toMatch(message);
  });
});

/** Every zod type in a schema, by its def type ("object", "union", ...). */
function typesIn(schema: z.ZodType, seen = new Set<string>()): Set<string> {
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
  seen.add(def['type'] as string);
  const children: unknown[] = [];
  if (def['shape']) children.push(...Object.values(def['shape'] as Record<string, unknown>));
  for (const key of ['element', 'innerType', 'in', 'out', 'left', 'right']) {
    if (def[key]) children.push(def[key]);
  }
  if (Array.isArray(def['options'])) children.push(...(def['options'] as unknown[]));
  for (const child of children) typesIn(child as z.ZodType, seen);
  return seen;
}

it('is built only from parts a CMS can edit (no unions, transforms or pipes but the date)', () => {
  // The one union, transform and pipe is the shared calendar date, which the CMS edits as a date.
  expect([...typesIn(regulationRules)].sort()).toEqual(
    [
      'array',
      'date',
      'default',
      'enum',
      'number',
      'object',
      'optional',
      'pipe',
      'string',
      'transform',
      'union',
    ].sort(),
  );
});
