/**
 * The seven questions of the regelingenwijzer, in plain Dutch (B1), one idea each. The id of a
 * question is also its name in the address of a result, so a shared link holds only answers.
 */
import { ageBands, contractBands, situations } from '../../schemas/wijzer-terms.ts';

export const questionIds = [
  'situatie',
  'leeftijd',
  'werkplek',
  'begeleiding',
  'uren',
  'contract',
  'start',
] as const;

export type QuestionId = (typeof questionIds)[number];

/** The value every question accepts for "Weet ik niet". */
export const UNKNOWN = 'onbekend';
/** The value of "Geen van deze" in question 1. */
export const NONE = 'geen';

export interface Option {
  value: string;
  label: string;
  hint?: string;
}

export interface Question {
  id: QuestionId;
  legend: string;
  hint?: string;
  /** Short name for summaries and error messages. */
  short: string;
  /** What the employer does not know yet, completing "U weet nog niet ...". */
  unknownPhrase: string;
  /** Radio or checkbox options; absent for the questions with a typed answer. */
  options?: Option[];
}

const yesNo: Option[] = [
  { value: 'ja', label: 'Ja, misschien' },
  { value: 'nee', label: 'Nee' },
];

export const questions: Record<QuestionId, Question> = {
  situatie: {
    id: 'situatie',
    legend: 'Heeft de kandidaat een uitkering, of hoort de kandidaat bij een van deze groepen?',
    hint: 'Kies alles wat klopt.',
    short: 'Uitkering of situatie',
    unknownPhrase: 'welke uitkering of situatie de kandidaat heeft',
    options: situations.map((term) => ({
      value: term.value,
      label: term.label,
      hint: term.explanation,
    })),
  },
  leeftijd: {
    id: 'leeftijd',
    legend: 'Hoe oud is de kandidaat?',
    short: 'Leeftijd',
    unknownPhrase: 'hoe oud de kandidaat is',
    options: ageBands.map((term) => ({ value: term.value, label: term.label })),
  },
  werkplek: {
    id: 'werkplek',
    legend: 'Moet de werkplek misschien worden aangepast?',
    hint: 'Bijvoorbeeld een ander bureau, een hulpmiddel bij een machine of een drempel die weg moet.',
    short: 'Aangepaste werkplek',
    unknownPhrase: 'of de werkplek moet worden aangepast',
    options: yesNo,
  },
  begeleiding: {
    id: 'begeleiding',
    legend: 'Heeft de kandidaat misschien begeleiding nodig op het werk?',
    hint: 'Bijvoorbeeld een jobcoach die helpt om het werk te leren.',
    short: 'Begeleiding op het werk',
    unknownPhrase: 'of de kandidaat begeleiding nodig heeft',
    options: yesNo,
  },
  uren: {
    id: 'uren',
    legend: 'Hoeveel uur per week gaat de kandidaat werken?',
    hint: 'Bijvoorbeeld 24 of 25,5.',
    short: 'Uren per week',
    unknownPhrase: 'hoeveel uur per week de kandidaat gaat werken',
  },
  contract: {
    id: 'contract',
    legend: 'Hoe lang duurt het contract?',
    short: 'Lengte van het contract',
    unknownPhrase: 'hoe lang het contract duurt',
    options: contractBands.map((band) => ({ value: band.value, label: band.label })),
  },
  start: {
    id: 'start',
    legend: 'Wanneer is de eerste werkdag?',
    hint: 'Met deze datum zetten we de termijnen in uw plan.',
    short: 'Eerste werkdag',
    unknownPhrase: 'wanneer de eerste werkdag is',
  },
};

/** The label of an option of a question, or the value itself when it is not one. */
export function optionLabel(id: QuestionId, value: string): string {
  return questions[id].options?.find((option) => option.value === value)?.label ?? value;
}
