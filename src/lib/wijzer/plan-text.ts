/**
 * The hire plan as plain text: for e-mail, and for sending the plan to the WSP with a contact
 * request (a later step of issue 6 that uses the signup pipeline).
 */
import { formatCalendarDate } from '../dates.ts';
import type { Answers } from './answers.ts';
import type { RegulationOutcome, WijzerResult } from './result.ts';
import {
  answerSummary,
  coachingText,
  afterTrialText,
  dueText,
  estimateText,
  indicativeText,
  planGroups,
} from './wording.ts';

function outcomeLines(outcome: RegulationOutcome): string[] {
  const lines = [`- ${outcome.title}`];
  for (const variant of outcome.variants) {
    const estimate = variant.yields.estimate
      ? `: ${estimateText(variant.yields.estimate)} (schatting)`
      : '';
    if (outcome.variants.length > 1 || variant.name !== outcome.title) {
      lines.push(`  ${variant.name}${estimate}`);
    } else if (estimate) {
      lines.push(`  ${estimate.slice(2)}`);
    }
    const coaching = variant.yields.coaching && coachingText(variant.yields.coaching);
    if (coaching) lines.push(`  Interne jobcoach: ${coaching} (schatting)`);
    if (outcome.status === 'past-niet' && variant.reason) lines.push(`  ${variant.reason}`);
    for (const open of variant.open) lines.push(`  Open: ${open}`);
  }
  if (outcome.note) lines.push(`  ${outcome.note}`);
  return lines;
}

/** The whole plan in plain text (no markup), with the answers and the address of the result. */
export function planAsText(result: WijzerResult, answers: Answers, address: string): string {
  const section = (title: string, outcomes: RegulationOutcome[]) =>
    outcomes.length > 0 ? ['', title, ...outcomes.flatMap(outcomeLines)] : [];
  const plan = planGroups(result.plan).flatMap((group) => [
    '',
    group.heading,
    ...group.items.flatMap((item) => {
      const line = `- ${dueText(item)}: ${item.text} (${item.regulationTitle}${item.tentative ? ', als deze regeling past' : ''})`;
      const trial = afterTrialText(item);
      return trial ? [line, `  ${trial}`] : [line];
    }),
  ]);
  return [
    'Aannameplan uit de regelingenwijzer',
    `Gemaakt op ${formatCalendarDate(result.today)}.`,
    indicativeText(result),
    '',
    'Antwoorden',
    ...answerSummary(answers).map((row) => `- ${row.question}: ${row.answer}`),
    ...section('Deze regelingen passen', result.applies),
    ...section('Deze regelingen kunnen passen: vraag het WSP', result.ask),
    ...(plan.length > 0 ? ['', 'Actieplan', ...plan] : []),
    ...section('Deze regelingen passen niet', result.notApplicable),
    '',
    `Bekijk dit plan online: ${address}`,
  ].join('\n');
}
