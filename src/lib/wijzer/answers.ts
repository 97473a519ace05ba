/**
 * The answers of the regelingenwijzer as they travel in the address of a result page
 * (`?situatie=wajong&uren=24&...`): read and checked with zod, with a Dutch message per question,
 * and written back in one canonical form. Nothing but answers ever goes into the address.
 */
import { z } from 'astro/zod';
import { formatCalendarDate, isCalendarDate } from '../dates.ts';
import { valuesOf } from '../taxonomy.ts';
import { addYears } from './date-math.ts';
import { NONE, UNKNOWN, questionIds, questions, type QuestionId } from './questions.ts';
import {
  ageBands,
  contractBands,
  situations,
  type AgeBand,
  type ContractLength,
  type Situation,
} from './terms.ts';

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

const filled = (values: string[]) => values.map((value) => value.trim()).filter(Boolean);

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

/** A question with one answer from a fixed list, or "Weet ik niet" (unanswered counts as that). */
function oneOf<const T extends string>(id: QuestionId, values: readonly T[]) {
  const label = questions[id].short;
  return z
    .array(z.string())
    .max(1, `${label}: kies één antwoord.`)
    .refine((list) => list.every((value) => value === UNKNOWN || values.includes(value as T)), {
      message: `${label}: kies een van de antwoorden in de lijst.`,
    })
    .transform((list) => (list[0] === UNKNOWN ? undefined : (list[0] as T | undefined)));
}

/** A typed answer or "Weet ik nog niet", but not both. */
function typedOrUnknown(id: QuestionId) {
  return z
    .array(z.string())
    .refine((list) => list.filter((value) => value !== UNKNOWN).length <= 1, {
      message: `${questions[id].short}: vul één antwoord in.`,
    })
    .refine((list) => !(list.includes(UNKNOWN) && list.some((value) => value !== UNKNOWN)), {
      message: `${questions[id].short}: vul iets in óf kies "Weet ik nog niet", niet allebei.`,
    })
    .transform((list) => list.find((value) => value !== UNKNOWN));
}

const HOURS = /^\d{1,2}([.,]\d{1,2})?$/;

function schema(today: string) {
  const earliest = addYears(today, -1);
  const latest = addYears(today, 2);
  const hoursMessage =
    'Uren per week: vul een getal in van 1 tot en met 60, bijvoorbeeld 24 of 25,5.';
  const startMessage = `Eerste werkdag: kies een datum tussen ${formatCalendarDate(earliest)} en ${formatCalendarDate(latest)}.`;
  return z.object({
    situatie: z
      .array(z.string())
      .refine(
        (list) =>
          list.every((value) =>
            [...valuesOf(situations), NONE, UNKNOWN].includes(value as Situation),
          ),
        { message: 'Uitkering of situatie: kies uit de antwoorden in de lijst.' },
      )
      .refine((list) => !(list.includes(NONE) && list.length > 1), {
        message:
          'Uitkering of situatie: kies "Geen van deze" of een uitkering of groep, niet allebei.',
      })
      .transform((list) => ({
        situations: list.filter((value): value is Situation =>
          valuesOf(situations).includes(value as Situation),
        ),
        situationsUnknown: list.length === 0 || list.includes(UNKNOWN),
      })),
    leeftijd: oneOf('leeftijd', valuesOf(ageBands)),
    werkplek: oneOf('werkplek', ['ja', 'nee']),
    begeleiding: oneOf('begeleiding', ['ja', 'nee']),
    uren: typedOrUnknown('uren').pipe(
      z
        .string()
        .regex(HOURS, hoursMessage)
        .transform((value) => Number(value.replace(',', '.')))
        .refine((hours) => hours >= 1 && hours <= 60, hoursMessage)
        .optional(),
    ),
    contract: oneOf('contract', valuesOf(contractBands)),
    start: typedOrUnknown('start').pipe(
      z
        .string()
        .refine(
          isCalendarDate,
          'Eerste werkdag: kies een bestaande datum, bijvoorbeeld 1 februari.',
        )
        .refine((date) => date >= earliest && date <= latest, startMessage)
        .optional(),
    ),
  });
}

/**
 * Reads and checks the answers in an address. `today` ("YYYY-MM-DD") bounds the first working
 * day to between a year ago and two years ahead. Parameters that are not questions are ignored.
 */
export function parseAnswers(params: URLSearchParams, today: string): ParseResult {
  const values = valuesFromParams(params);
  const input = Object.fromEntries(questionIds.map((id) => [id, filled(params.getAll(id))]));
  const result = schema(today).safeParse(input);
  if (!result.success) {
    const errors: FieldErrors = {};
    for (const issue of result.error.issues) {
      const id = issue.path[0] as QuestionId;
      errors[id] ??= issue.message;
    }
    return { success: false, errors, values };
  }
  const data = result.data;
  return {
    success: true,
    values,
    answers: {
      ...data.situatie,
      age: data.leeftijd,
      workplace: data.werkplek,
      coaching: data.begeleiding,
      hoursPerWeek: data.uren,
      contract: data.contract,
      start: data.start,
    },
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
