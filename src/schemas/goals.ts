import { z } from 'astro/zod';
import { calendarDate, demo, text, webAddress } from './shared.ts';

/** A whole, non-negative count: people at work, places, employers. */
function count(label: string) {
  return z
    .number({ error: `${label}: vul een getal in, zoals 12.` })
    .int(`${label}: vul een heel getal in, zonder komma.`)
    .min(0, `${label}: vul 0 of meer in.`)
    .max(1_000_000, `${label}: dit getal is te groot.`)
    .meta({ title: label });
}

/**
 * One figure as campaign staff counted it. The source is required: a number on a public page
 * that nobody can trace is worse than no number, so the build refuses it.
 */
export const goalFigureSchema = z.object({
  value: count('Cijfer'),
  date: calendarDate('Gemeten op'),
  source: text('Bron van het cijfer', 200),
  sourceUrl: webAddress('Webadres van de bron van het cijfer').optional(),
  demo,
});

/**
 * A goal of the campaign, as the councils set it (the regional report's kaders and proposals),
 * with the figures staff enter over time. /resultaten/ shows the latest figure against the target.
 */
export const goalSchema = () =>
  z
    .object({
      title: text('Doel', 120),
      description: text('Uitleg', 400),
      target: count('Streefgetal'),
      unit: text('Eenheid', 60),
      periodStart: calendarDate('Periode vanaf'),
      periodEnd: calendarDate('Periode tot en met'),
      source: text('Bron van het doel', 200),
      sourceUrl: webAddress('Webadres van de bron van het doel').optional(),
      figures: z.array(goalFigureSchema).default([]),
      order: z.number().int().default(100),
      demo,
    })
    .refine((goal) => goal.periodEnd > goal.periodStart, {
      path: ['periodEnd'],
      error: 'Periode tot en met: kies een datum na het begin van de periode.',
    });
