/**
 * The answers of the regelingenwijzer as they travel in the address of a result page
 * (`?situatie=wajong&uren=24&...`): their types, the Dutch message for each wrong answer, a
 * plain reader for the browser, and one canonical way to write them back. Nothing but answers
 * ever goes into the address. The server checks addresses with the zod schema in
 * parse-answers.ts; a test holds the two readers to the same verdict on every input.
 */
import { formatCalendarDate } from '../dates.ts';
import { valuesOf } from '../../schemas/taxonomy.ts';
import { addYears } from './date-math.ts';
import { NONE, UNKNOWN, questionIds, questions, type QuestionId } from './questions.ts';
import {
  ageBands,
  contractBands,
  situations,
  type AgeBand,
  type ContractLength,
  type Situation,
} from '../../schemas/wijzer-terms.ts';

export interface Answers {
  /** The benefits and statuses the employer chose (question 1). */
  situations: Situation[];
  /** True when the employer chose "Weet ik niet" there, or left the question open. */
  situationsUnknown: boolean;
  age?: AgeBand | undefined;
  workplace?: 'ja' | 'nee' | undefined;
  coaching?: 'ja' | 'nee' | undefined;
  hoursPerWeek?: number | undefined;
  contract?: ContractLength | undefined;
  /** The first working day, "YYYY-MM-DD". */
  start?: string | undefined;
}

/** What the form shows: the raw values, so a wrong entry is shown back as it was typed. */
export interface FormValues {
  situatie: string[];
  leeftijd: string;
  werkplek: string;
  begeleiding: string;
  uren: string;
  urenOnbekend: boolean;
  contract: string;
  start: string;
  startOnbekend: boolean;
}

export type FieldErrors = Partial<Record<QuestionId, string>>;

export type ParseResult =
  | { success: true; answers: Answers; values: FormValues }
  | { success: false; errors: FieldErrors; values: FormValues };

export const emptyValues: FormValues = {
  situatie: [],
  leeftijd: '',
  werkplek: '',
  begeleiding: '',
  uren: '',
  urenOnbekend: false,
  contract: '',
  start: '',
  startOnbekend: false,
};

export const filled = (values: string[]) => values.map((value) => value.trim()).filter(Boolean);

/** The raw form values in an address; repeated or unknown parameters are kept for the checks. */
export function valuesFromParams(params: URLSearchParams): FormValues {
  const typed = (id: 'uren' | 'start') => filled(params.getAll(id));
  return {
    situatie: filled(params.getAll('situatie')),
    leeftijd: filled(params.getAll('leeftijd'))[0] ?? '',
    werkplek: filled(params.getAll('werkplek'))[0] ?? '',
    begeleiding: filled(params.getAll('begeleiding'))[0] ?? '',
    uren: typed('uren').find((value) => value !== UNKNOWN) ?? '',
    urenOnbekend: typed('uren').includes(UNKNOWN),
    contract: filled(params.getAll('contract'))[0] ?? '',
    start: typed('start').find((value) => value !== UNKNOWN) ?? '',
    startOnbekend: typed('start').includes(UNKNOWN),
  };
}

/** Lowest and highest first working day accepted on `today`. */
export function startRange(today: string) {
  return { earliest: addYears(today, -1), latest: addYears(today, 2) };
}

/** The hours as typed: one or two digits, optionally a decimal comma or point and two more. */
export const HOURS = /^\d{1,2}([.,]\d{1,2})?$/;

/** Every message a wrong answer can get, per question, in Dutch. */
export const messages = {
  situationList: 'Uitkering of situatie: kies uit de antwoorden in de lijst.',
  situationNone:
    'Uitkering of situatie: kies "Geen van deze" of een uitkering of groep, niet allebei.',
  oneAnswer: (id: QuestionId) => `${questions[id].short}: kies één antwoord.`,
  fromList: (id: QuestionId) => `${questions[id].short}: kies een van de antwoorden in de lijst.`,
  oneTyped: (id: QuestionId) => `${questions[id].short}: vul één antwoord in.`,
  typedAndUnknown: (id: QuestionId) =>
    `${questions[id].short}: vul iets in óf kies "Weet ik nog niet", niet allebei.`,
  hours: 'Uren per week: vul een getal in van 1 tot en met 60, bijvoorbeeld 24 of 25,5.',
  startExists: 'Eerste werkdag: kies een bestaande datum, bijvoorbeeld 1 februari.',
  startRange: (today: string) => {
    const { earliest, latest } = startRange(today);
    return `Eerste werkdag: kies een datum tussen ${formatCalendarDate(earliest)} en ${formatCalendarDate(latest)}.`;
  },
};

export const choiceValues = {
  situatie: [...valuesOf(situations), NONE, UNKNOWN] as string[],
  leeftijd: valuesOf(ageBands) as readonly string[],
  werkplek: ['ja', 'nee'] as readonly string[],
  begeleiding: ['ja', 'nee'] as readonly string[],
  contract: valuesOf(contractBands) as readonly string[],
};

/** The answers from checked values. */
export function toAnswers(
  situation: string[],
  rest: {
    leeftijd?: string | undefined;
    werkplek?: string | undefined;
    begeleiding?: string | undefined;
    uren?: number | undefined;
    contract?: string | undefined;
    start?: string | undefined;
  },
): Answers {
  return {
    situations: situation.filter((value): value is Situation =>
      valuesOf(situations).includes(value as Situation),
    ),
    situationsUnknown: situation.length === 0 || situation.includes(UNKNOWN),
    age: rest.leeftijd as AgeBand | undefined,
    workplace: rest.werkplek as 'ja' | 'nee' | undefined,
    coaching: rest.begeleiding as 'ja' | 'nee' | undefined,
    hoursPerWeek: rest.uren,
    contract: rest.contract as ContractLength | undefined,
    start: rest.start,
  };
}

/** True when the address holds at least one answer. */
export function hasAnswers(params: URLSearchParams): boolean {
  return questionIds.some((id) => params.has(id));
}

/** The answers as form values, the way the form shows them after a successful check. */
export function answersToValues(answers: Answers): FormValues {
  return {
    situatie:
      answers.situations.length > 0
        ? [...answers.situations, ...(answers.situationsUnknown ? [UNKNOWN] : [])]
        : [answers.situationsUnknown ? UNKNOWN : NONE],
    leeftijd: answers.age ?? UNKNOWN,
    werkplek: answers.workplace ?? UNKNOWN,
    begeleiding: answers.coaching ?? UNKNOWN,
    uren: answers.hoursPerWeek === undefined ? '' : String(answers.hoursPerWeek).replace('.', ','),
    urenOnbekend: answers.hoursPerWeek === undefined,
    contract: answers.contract ?? UNKNOWN,
    start: answers.start ?? '',
    startOnbekend: answers.start === undefined,
  };
}

/**
 * The canonical query string of the answers ("situatie=wajong&leeftijd=onbekend&..."): every
 * question once, "onbekend" for "Weet ik niet", in question order. Shared links use this form.
 */
export function answersToQuery(answers: Answers): string {
  const values = answersToValues(answers);
  const params = new URLSearchParams();
  for (const value of values.situatie) params.append('situatie', value);
  params.set('leeftijd', values.leeftijd);
  params.set('werkplek', values.werkplek);
  params.set('begeleiding', values.begeleiding);
  params.set('uren', answers.hoursPerWeek === undefined ? UNKNOWN : String(answers.hoursPerWeek));
  params.set('contract', values.contract);
  params.set('start', values.startOnbekend ? UNKNOWN : values.start);
  return params.toString();
}
