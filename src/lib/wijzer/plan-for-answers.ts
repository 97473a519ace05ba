/**
 * The hire plan for the answers in an address, as it travels with a contact request: its
 * canonical address and its plain text. Undefined when there are no valid answers, so nothing
 * half-checked ever reaches the WSP.
 */
import { hasAnswers } from './answers.ts';
import { outcomeOfAnswers, resultAddress } from './outcome-of-answers.ts';
import { planAnswers } from './plan-answers.ts';
import { planAsText } from './plan-text.ts';
import type { WijzerRegulation } from './result.ts';

export interface PlanForAnswers {
  /** The canonical query of the answers. */
  query: string;
  /** The public address of the result page for these answers. */
  url: string;
  text: string;
  /** The answers and the outcome as structured JSON text (`contactverzoek/1`, docs/payloads.md). */
  answers: string;
}

/** The longest answers we read; a real address's answers are a few hundred characters. */
export const MAX_ANSWERS_LENGTH = 2000;

/** `today` is the Amsterdam date of the request's instant, as for the result page. */
export function planForAnswers(
  query: string,
  regulations: readonly WijzerRegulation[],
  options: { today: string; origin: string },
): PlanForAnswers | undefined {
  if (query.length > MAX_ANSWERS_LENGTH) return undefined;
  const params = new URLSearchParams(query);
  if (!hasAnswers(params)) return undefined;
  const outcome = outcomeOfAnswers(params, regulations, options.today);
  if (!outcome.success) return undefined;
  const url = resultAddress(options.origin, outcome.query);
  return {
    query: outcome.query,
    url,
    text: planAsText(outcome.result, outcome.answers, url),
    answers: JSON.stringify(planAnswers(outcome.answers, outcome.result, outcome.query, url)),
  };
}
