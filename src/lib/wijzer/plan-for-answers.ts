/**
 * The hire plan for the answers in an address, as it travels with a contact request: its
 * canonical address and its plain text. Undefined when there are no valid answers, so nothing
 * half-checked ever reaches the WSP.
 */
import { answersToQuery, hasAnswers } from './answers.ts';
import { evaluate } from './evaluate.ts';
import { parseAnswers } from './parse-answers.ts';
import { RESULT_PATH } from './paths.ts';
import { planAsText } from './plan-text.ts';
import type { WijzerRegulation } from './result.ts';

export interface PlanForAnswers {
  /** The canonical query of the answers. */
  query: string;
  /** The public address of the result page for these answers. */
  url: string;
  text: string;
}

/** The longest answers we read; a real address's answers are a few hundred characters. */
export const MAX_ANSWERS_LENGTH = 2000;

export function planForAnswers(
  query: string,
  regulations: readonly WijzerRegulation[],
  options: { today: string; origin: string },
): PlanForAnswers | undefined {
  if (query.length > MAX_ANSWERS_LENGTH) return undefined;
  const params = new URLSearchParams(query);
  if (!hasAnswers(params)) return undefined;
  const parsed = parseAnswers(params, options.today);
  if (!parsed.success) return undefined;
  const canonical = answersToQuery(parsed.answers);
  const url = `${options.origin}${RESULT_PATH}?${canonical}`;
  const result = evaluate(parsed.answers, regulations, { today: options.today });
  return { query: canonical, url, text: planAsText(result, parsed.answers, url) };
}
