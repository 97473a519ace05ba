/**
 * The rules of a regulation, as the regelingenwijzer reads them: for whom each form of the
 * regulation applies, what it yields, how long, and what the employer must do when. Editors own
 * these values; `src/lib/wijzer/evaluate.ts` only knows the kinds of rule.
 *
 * Built from plain objects, lists, choices, numbers, text, dates and booleans (no other unions or
 * transforms), so the CMS can derive an editable field for every part. Amounts are whole cents.
 */
import { z } from 'astro/zod';
import { ageBands, needs, planMoments, situations, yieldKinds } from './wijzer-terms.ts';
import { calendarDate, choice, text } from './shared.ts';

function cents(label: string) {
  const message = `${label}: geef een bedrag in hele centen, bijvoorbeeld 305 voor € 3,05.`;
  return z.number({ error: message }).int(message).min(1, message).max(100_000_000, message);
}

function wholeNumber(label: string, min: number, max: number) {
  const message = `${label}: geef een heel getal van ${min} tot en met ${max}.`;
  return z.number({ error: message }).int(message).min(min, message).max(max, message);
}

const action = z
  .object({
    moment: choice('Wijzer, actie: wanneer', planMoments),
    months: wholeNumber('Wijzer, actie: binnen hoeveel maanden na de start', 1, 36).optional(),
    text: text('Wijzer, actie: wat moet de werkgever doen', 250),
  })
  .superRefine((item, context) => {
    if (item.moment === 'na-start' && item.months === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['months'],
        message:
          'Wijzer, actie: binnen hoeveel maanden na de start: vul dit in bij "Na de start, binnen een termijn".',
      });
    }
    if (item.moment !== 'na-start' && item.months !== undefined) {
      context.addIssue({
        code: 'custom',
        path: ['months'],
        message:
          'Wijzer, actie: binnen hoeveel maanden na de start: alleen invullen bij "Na de start, binnen een termijn".',
      });
    }
  });

const yields = z
  .object({
    kind: choice('Wijzer, opbrengst: soort', yieldKinds),
    text: text('Wijzer, opbrengst: wat het oplevert', 300),
    centsPerHour: cents('Wijzer, opbrengst: bedrag per uur (centen)').optional(),
    maxCentsPerYear: cents('Wijzer, opbrengst: hoogstens per jaar (centen)').optional(),
    maxCents: cents('Wijzer, opbrengst: hoogstens (centen)').optional(),
    percentagesPerYear: z
      .array(
        z
          .number({
            error: 'Wijzer, opbrengst: percentage per jaar: geef een getal van 0 tot 100.',
          })
          .min(0, 'Wijzer, opbrengst: percentage per jaar: geef een getal van 0 tot 100.')
          .max(100, 'Wijzer, opbrengst: percentage per jaar: geef een getal van 0 tot 100.'),
      )
      .default([]),
  })
  .superRefine((item, context) => {
    const need = (field: string, label: string, present: boolean) => {
      if (!present)
        context.addIssue({
          code: 'custom',
          path: [field],
          message: `${label}: vul dit in bij de soort "${yieldKinds.find((kind) => kind.value === item.kind)?.label}".`,
        });
    };
    if (item.kind === 'per-uur') {
      need(
        'centsPerHour',
        'Wijzer, opbrengst: bedrag per uur (centen)',
        item.centsPerHour !== undefined,
      );
      need(
        'maxCentsPerYear',
        'Wijzer, opbrengst: hoogstens per jaar (centen)',
        item.maxCentsPerYear !== undefined,
      );
    }
    if (item.kind === 'eenmalig') {
      need('maxCents', 'Wijzer, opbrengst: hoogstens (centen)', item.maxCents !== undefined);
    }
    if (item.kind === 'percentage-uren') {
      need(
        'percentagesPerYear',
        'Wijzer, opbrengst: percentage per jaar',
        item.percentagesPerYear.length > 0,
      );
    }
  });

const variant = z
  .object({
    name: text('Wijzer, naam van de vorm', 100),
    situations: z.array(choice('Wijzer, geldt bij situatie', situations)).default([]),
    askSituations: z.array(choice('Wijzer, vraag het WSP bij situatie', situations)).default([]),
    notSituations: z.array(choice('Wijzer, geldt niet bij situatie', situations)).default([]),
    ageBands: z.array(choice('Wijzer, geldt bij leeftijd', ageBands)).default([]),
    need: choice('Wijzer, alleen als dit nodig is', needs).optional(),
    minHoursPerWeek: z
      .number({ error: 'Wijzer, minstens uren per week: geef een getal van 1 tot 60.' })
      .min(1, 'Wijzer, minstens uren per week: geef een getal van 1 tot 60.')
      .max(60, 'Wijzer, minstens uren per week: geef een getal van 1 tot 60.')
      .optional(),
    minContractMonths: wholeNumber('Wijzer, contract minstens (maanden)', 1, 120).optional(),
    firstStartDate: calendarDate('Wijzer, eerste startdatum').optional(),
    lastStartDate: calendarDate('Wijzer, laatste startdatum').optional(),
    openCondition: text('Wijzer, voorwaarde die de wijzer niet kan nagaan', 300).optional(),
    years: wholeNumber('Wijzer, hoe lang (jaren)', 1, 50).optional(),
    yields,
    actions: z.array(action).default([]),
  })
  .superRefine((item, context) => {
    const both = item.askSituations.filter((value) => item.situations.includes(value));
    if (both.length > 0) {
      context.addIssue({
        code: 'custom',
        path: ['askSituations'],
        message: `Wijzer, vraag het WSP bij situatie: ${both.join(', ')} staat ook bij "geldt bij situatie". Kies één van beide.`,
      });
    }
    const excluded = item.notSituations.filter(
      (value) => item.situations.includes(value) || item.askSituations.includes(value),
    );
    if (excluded.length > 0) {
      context.addIssue({
        code: 'custom',
        path: ['notSituations'],
        message: `Wijzer, geldt niet bij situatie: ${excluded.join(', ')} staat ook bij "geldt bij situatie" of "vraag het WSP bij situatie". Kies één.`,
      });
    }
  });

/** The `rules` field of a regulation; optional there, so a regulation without rules says "vraag het WSP". */
export const regulationRules = z.object({
  variants: z.array(variant).min(1, 'Wijzer, vormen: noem er minstens één.'),
});

export type RegulationRules = z.output<typeof regulationRules>;
export type RegulationVariant = RegulationRules['variants'][number];
export type PlanAction = RegulationVariant['actions'][number];
