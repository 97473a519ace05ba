/**
 * The check of the answers in an address, with zod: the result page, the calendar file and a
 * plan sent to the WSP use it. A property test runs it over thousands of generated addresses.
 */
import { z } from 'astro/zod';
import { isCalendarDate } from '../dates.ts';
import {
  HOURS,
  choiceValues,
  filled,
  messages,
  startRange,
  toAnswers,
  valuesFromParams,
  type FieldErrors,
  type ParseResult,
} from './answers.ts';
import { NONE, UNKNOWN, questionIds, type QuestionId } from './questions.ts';

/** A question with one answer from a fixed list, or "Weet ik niet" (unanswered counts as that). */
function oneOf(id: 'leeftijd' | 'werkplek' | 'begeleiding' | 'contract') {
  return z
    .array(z.string())
    .max(1, messages.oneAnswer(id))
    .refine(
      (list) => list.every((value) => value === UNKNOWN || choiceValues[id].includes(value)),
      {
        message: messages.fromList(id),
      },
    )
    .transform((list) => (list[0] === UNKNOWN ? undefined : list[0]));
}

/** A typed answer or "Weet ik nog niet", but not both. */
function typedOrUnknown(id: 'uren' | 'start') {
  return z
    .array(z.string())
    .refine((list) => list.filter((value) => value !== UNKNOWN).length <= 1, {
      message: messages.oneTyped(id),
      abort: true,
    })
    .refine((list) => !(list.includes(UNKNOWN) && list.some((value) => value !== UNKNOWN)), {
      message: messages.typedAndUnknown(id),
    })
    .transform((list) => list.find((value) => value !== UNKNOWN));
}

function schema(today: string) {
  const { earliest, latest } = startRange(today);
  return z.object({
    situatie: z
      .array(z.string())
      .refine((list) => list.every((value) => choiceValues.situatie.includes(value)), {
        message: messages.situationList,
        abort: true,
      })
      .refine((list) => !(list.includes(NONE) && list.length > 1), {
        message: messages.situationNone,
      }),
    leeftijd: oneOf('leeftijd'),
    werkplek: oneOf('werkplek'),
    begeleiding: oneOf('begeleiding'),
    uren: typedOrUnknown('uren').pipe(
      z
        .string()
        .regex(HOURS, { message: messages.hours, abort: true })
        .transform((value) => Number(value.replace(',', '.')))
        .refine((hours) => hours >= 1 && hours <= 60, messages.hours)
        .optional(),
    ),
    contract: oneOf('contract'),
    start: typedOrUnknown('start').pipe(
      z
        .string()
        .refine(isCalendarDate, { message: messages.startExists, abort: true })
        .refine((date) => date >= earliest && date <= latest, messages.startRange(today))
        .optional(),
    ),
  });
}

// The schema depends on today only through the start range: build it once per day.
const schemas = new Map<string, ReturnType<typeof schema>>();
function schemaFor(today: string) {
  const cached = schemas.get(today) ?? schema(today);
  if (schemas.size > 10) schemas.clear();
  schemas.set(today, cached);
  return cached;
}

/**
 * Reads and checks the answers in an address. `today` ("YYYY-MM-DD") bounds the first working
 * day to between a year ago and two years ahead. Parameters that are not questions are ignored.
 */
export function parseAnswers(params: URLSearchParams, today: string): ParseResult {
  const values = valuesFromParams(params);
  const input = Object.fromEntries(questionIds.map((id) => [id, filled(params.getAll(id))]));
  const result = schemaFor(today).safeParse(input);
  if (!result.success) {
    const errors: FieldErrors = {};
    for (const issue of result.error.issues) {
      errors[issue.path[0] as QuestionId] ??= issue.message;
    }
    return { success: false, errors, values };
  }
  const { situatie, leeftijd, werkplek, begeleiding, uren, contract, start } = result.data;
  return {
    success: true,
    values,
    answers: toAnswers(situatie, { leeftijd, werkplek, begeleiding, uren, contract, start }),
  };
}
