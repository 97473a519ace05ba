/**
 * The regelingenwijzer's one pure function: answers + regulations + today → which regulations
 * apply to this hire, why, what they yield, and a dated plan. It knows the *kinds* of rule
 * (situations, age bands, minimum hours, ...); every value comes from the regulations' `rules`.
 * An unknown answer never becomes a guess: it turns a regulation into "vraag het WSP".
 */
import type { RegulationVariant } from '../../schemas/regulation-rules.ts';
import type { Answers } from './answers.ts';
import { checkVariant } from './conditions.ts';
import { planFor } from './plan.ts';
import type { QuestionId } from './questions.ts';
import type {
  RegulationOutcome,
  Status,
  VariantOutcome,
  WijzerRegulation,
  WijzerResult,
} from './result.ts';
import { yieldFor } from './yields.ts';

export type * from './result.ts';

const DEFAULT_CONTACT = 'Het WSP van uw gemeente.';

function evaluateVariant(
  variant: RegulationVariant,
  answers: Answers,
  today: string,
): VariantOutcome {
  const checks = checkVariant(variant, answers, today);
  const failed = checks.find((check) => check.state === 'not-met');
  const open = checks.filter((check) => check.state === 'open').map((check) => check.text);
  return {
    name: variant.name,
    status: failed ? 'past-niet' : open.length > 0 ? 'vraag-wsp' : 'past',
    because: checks.filter((check) => check.state === 'met').map((check) => check.text),
    open: failed ? [] : open,
    reason: failed?.text,
    yields: yieldFor(variant, answers),
    years: variant.years,
    actions: variant.actions,
  };
}

const statusRank: Record<Status, number> = { past: 0, 'vraag-wsp': 1, 'past-niet': 2 };

function evaluateRegulation(
  regulation: WijzerRegulation,
  answers: Answers,
  today: string,
): RegulationOutcome {
  const base = {
    id: regulation.id,
    title: regulation.title,
    contact: regulation.contact ?? DEFAULT_CONTACT,
  };
  if (!regulation.rules) {
    return {
      ...base,
      status: 'vraag-wsp',
      variants: [],
      note: 'De wijzer kan deze regeling nog niet zelf beoordelen. Vraag het WSP of deze regeling past.',
    };
  }
  const outcomes = regulation.rules.variants.map((variant) =>
    evaluateVariant(variant, answers, today),
  );
  const status = outcomes.reduce<Status>(
    (best, outcome) => (statusRank[outcome.status] < statusRank[best] ? outcome.status : best),
    'past-niet',
  );
  return { ...base, status, variants: outcomes.filter((outcome) => outcome.status === status) };
}

function unknownQuestions(answers: Answers): QuestionId[] {
  const unknown: [QuestionId, boolean][] = [
    ['situatie', answers.situationsUnknown],
    ['leeftijd', answers.age === undefined],
    ['werkplek', answers.workplace === undefined],
    ['begeleiding', answers.coaching === undefined],
    ['uren', answers.hoursPerWeek === undefined],
    ['contract', answers.contract === undefined],
    ['start', answers.start === undefined],
  ];
  return unknown.filter(([, isUnknown]) => isUnknown).map(([id]) => id);
}

/**
 * Evaluates the answers against every regulation, in the order given. `today` ("YYYY-MM-DD")
 * marks overdue deadlines and stands in for an unknown start when a form has ended.
 */
export function evaluate(
  answers: Answers,
  regulations: readonly WijzerRegulation[],
  options: { today: string },
): WijzerResult {
  const { today } = options;
  const outcomes = regulations.map((regulation) => evaluateRegulation(regulation, answers, today));
  const reviewed = regulations.map((regulation) => regulation.reviewedOn).sort();
  return {
    today,
    start: answers.start,
    applies: outcomes.filter((outcome) => outcome.status === 'past'),
    ask: outcomes.filter((outcome) => outcome.status === 'vraag-wsp'),
    notApplicable: outcomes.filter((outcome) => outcome.status === 'past-niet'),
    plan: planFor(
      outcomes.filter((outcome) => outcome.status !== 'past-niet'),
      answers,
      today,
    ),
    unknown: unknownQuestions(answers),
    checkedOn: { earliest: reviewed[0] ?? today, latest: reviewed.at(-1) ?? today },
  };
}
