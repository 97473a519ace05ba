import { z } from 'astro/zod';
import { providers, regulationKinds, targetGroups } from './taxonomy.ts';
import { regulationRules } from './regulation-rules.ts';
import { calendarDate, choice, demo, source, text } from './shared.ts';

/** A regulation an employer can use: what it promises, for whom, what it yields, how to apply. */
export const regulationSchema = () =>
  z
    .object({
      title: text('Titel', 80),
      promise: text('Belofte in één zin', 160),
      kind: choice('Soort regeling', regulationKinds),
      providers: z
        .array(choice('Uitvoerder', providers))
        .min(1, 'Uitvoerder: kies er minstens één.'),
      qualifies: z.object({
        summary: text('Voor wie (samenvatting)', 400),
        conditions: z.array(text('Voorwaarde', 300)).min(1, 'Voorwaarden: noem er minstens één.'),
        targetGroups: z.array(choice('Doelgroep', targetGroups)).default([]),
      }),
      yields: z.object({
        summary: text('Wat levert het op (samenvatting)', 400),
        amounts: z
          .array(
            z.object({
              label: text('Bedrag: omschrijving', 120),
              value: text('Bedrag: waarde', 60),
              note: text('Bedrag: toelichting', 300).optional(),
            }),
          )
          .default([]),
        duration: text('Hoe lang', 200).optional(),
      }),
      apply: z.object({
        steps: z.array(text('Stap', 400)).min(1, 'Aanvragen: noem minstens één stap.'),
        deadlines: z
          .array(
            z.object({
              label: text('Termijn: wanneer', 120),
              detail: text('Termijn: toelichting', 300),
            }),
          )
          .default([]),
        contact: text('Wie helpt bij aanvragen', 300).optional(),
      }),
      caution: text('Let op (onzeker of verschilt per gemeente)', 500).optional(),
      rules: regulationRules.optional(),
      sources: z.array(source).min(1, 'Bronnen: noem minstens één bron.'),
      reviewedOn: calendarDate('Laatst gecontroleerd op'),
      reviewBy: calendarDate('Opnieuw controleren vóór'),
      changes: z
        .array(
          z.object({
            date: calendarDate('Wijziging: datum'),
            summary: text('Wijziging: wat veranderde', 300),
          }),
        )
        .default([]),
      order: z.number().int().min(0).max(999).default(100),
      demo,
    })
    .refine((regulation) => regulation.reviewBy > regulation.reviewedOn, {
      message: 'Opnieuw controleren vóór: kies een datum na "Laatst gecontroleerd op".',
      path: ['reviewBy'],
    });
