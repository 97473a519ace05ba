/**
 * A hire plan as structured data for a WSP's system: the wijzer's answers and the outcome per
 * regulation, versioned (`contactverzoek/1`). docs/payloads.md is the contract: a change that
 * removes or renames a field, or changes its meaning, is a new version.
 */
import type { Answers } from './answers.ts';
import type { RegulationOutcome, Status, WijzerResult } from './result.ts';

export const CONTACT_ANSWERS_SCHEMA = 'contactverzoek/1';

export interface PlanAnswersV1 {
  schema: typeof CONTACT_ANSWERS_SCHEMA;
  /** The canonical query of the answers, and the public address of the result page. */
  query: string;
  url: string;
  /** The day the plan was made ("YYYY-MM-DD", Amsterdam). */
  madeOn: string;
  answers: {
    situations: string[];
    situationsUnknown: boolean;
    age: string | null;
    workplace: 'ja' | 'nee' | null;
    coaching: 'ja' | 'nee' | null;
    hoursPerWeek: number | null;
    contract: string | null;
    start: string | null;
  };
  outcome: {
    regulation: string;
    title: string;
    status: Status;
    variants: {
      name: string;
      status: Status;
      /** The estimate per whole year in euro cents, when the wijzer could make one. */
      estimatePerYearCents: number | null;
      open: string[];
    }[];
  }[];
}

const outcomeOf = (outcome: RegulationOutcome): PlanAnswersV1['outcome'][number] => ({
  regulation: outcome.id,
  title: outcome.title,
  status: outcome.status,
  variants: outcome.variants.map((variant) => ({
    name: variant.name,
    status: variant.status,
    estimatePerYearCents: variant.yields.estimate?.perYearCents ?? null,
    open: variant.open,
  })),
});

export function planAnswers(
  answers: Answers,
  result: WijzerResult,
  query: string,
  url: string,
): PlanAnswersV1 {
  return {
    schema: CONTACT_ANSWERS_SCHEMA,
    query,
    url,
    madeOn: result.today,
    answers: {
      situations: answers.situations,
      situationsUnknown: answers.situationsUnknown,
      age: answers.age ?? null,
      workplace: answers.workplace ?? null,
      coaching: answers.coaching ?? null,
      hoursPerWeek: answers.hoursPerWeek ?? null,
      contract: answers.contract ?? null,
      start: answers.start ?? null,
    },
    outcome: [...result.applies, ...result.ask, ...result.notApplicable].map(outcomeOf),
  };
}
