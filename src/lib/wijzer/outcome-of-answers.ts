/**
 * The regelingenwijzer wired once: the answers in an address, the regulations and the request's
 * day give the checked answers, their canonical address and the result. The result page, the
 * calendar file and the plan sent to the WSP all start here, so for the same address on the same
 * day they cannot disagree. The clock enters only as `today` (the Amsterdam date of the
 * request's instant, src/lib/request-clock.ts): nothing in the result depends on the time of day.
 */
import { answersToQuery, type Answers, type FieldErrors, type FormValues } from './answers.ts';
import { evaluate } from './evaluate.ts';
import { parseAnswers } from './parse-answers.ts';
import { RESULT_PATH } from './paths.ts';
import type { WijzerRegulation, WijzerResult } from './result.ts';

export type OutcomeOfAnswers =
  | { success: false; today: string; errors: FieldErrors; values: FormValues }
  | {
      success: true;
      today: string;
      answers: Answers;
      values: FormValues;
      /** The canonical query of the answers: how shared links, the calendar and the WSP see them. */
      query: string;
      result: WijzerResult;
    };

/** Checks the answers in `params` and, when they are valid, evaluates them on `today`. */
export function outcomeOfAnswers(
  params: URLSearchParams,
  regulations: readonly WijzerRegulation[],
  today: string,
): OutcomeOfAnswers {
  const parsed = parseAnswers(params, today);
  if (!parsed.success) return { ...parsed, today };
  return {
    ...parsed,
    today,
    query: answersToQuery(parsed.answers),
    result: evaluate(parsed.answers, regulations, { today }),
  };
}

/** The public address of the result page for a canonical query. */
export function resultAddress(origin: string, query: string): string {
  return new URL(`${RESULT_PATH}?${query}`, origin).href;
}
