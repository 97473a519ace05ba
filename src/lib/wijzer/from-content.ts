/** The part of a regulation entry the regelingenwijzer reads. */
import type { z } from 'astro/zod';
import type { regulationSchema } from '../../schemas/regulations.ts';
import type { WijzerRegulation } from './result.ts';

export type RegulationData = z.output<ReturnType<typeof regulationSchema>>;

/** Only the fields the wijzer uses. */
export function toWijzerRegulation(entry: { id: string; data: RegulationData }): WijzerRegulation {
  const { title, apply, reviewedOn, rules } = entry.data;
  return { id: entry.id, title, contact: apply.contact, reviewedOn, rules };
}
