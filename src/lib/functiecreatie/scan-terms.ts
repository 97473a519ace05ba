/**
 * The answers of the functiecreatie quick-scan and the names they have in the address
 * (`?sector=industrie&vaak-dozen-vouwen=dagelijks&uren-dozen-vouwen=6&tekort=ja&inwerken=ja`).
 * Only answers about tasks go into the address: nothing about a person.
 */
import type { Term } from '../../schemas/taxonomy.ts';

/** How often a task comes back. "nooit" is the default: the task is not part of this business. */
export const frequencies = [
  { value: 'nooit', label: 'Niet bij ons' },
  { value: 'maandelijks', label: 'Af en toe (een paar keer per maand)' },
  { value: 'wekelijks', label: 'Elke week' },
  { value: 'dagelijks', label: 'Elke dag' },
] as const satisfies readonly Term[];

/** Whether the business is short of staff. */
export const shortageAnswers = [
  { value: 'ja', label: 'Ja, vacatures blijven lang open' },
  { value: 'soms', label: 'Soms, in drukke tijden' },
  { value: 'nee', label: 'Nee' },
] as const satisfies readonly Term[];

/** Whether a steady colleague can show a new colleague the work. */
export const mentorAnswers = [
  { value: 'ja', label: 'Ja, er is een vaste collega die kan inwerken' },
  { value: 'nee', label: 'Nee, daar is geen tijd voor' },
  { value: 'onbekend', label: 'Weet ik nog niet' },
] as const satisfies readonly Term[];

export type Frequency = (typeof frequencies)[number]['value'];
export type Shortage = (typeof shortageAnswers)[number]['value'];
export type Mentor = (typeof mentorAnswers)[number]['value'];

/** The address's parameter names. */
export const params = {
  sector: 'sector',
  shortage: 'tekort',
  mentor: 'inwerken',
  frequency: (taskId: string) => `vaak-${taskId}`,
  hours: (taskId: string) => `uren-${taskId}`,
} as const;

/** Most hours a week one task can take from skilled staff: one full-time job. */
export const MAX_TASK_HOURS = 40;
