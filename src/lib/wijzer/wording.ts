/**
 * Dutch wording shared by the result page, the plain-text plan and the calendar file, so the
 * three always say the same thing.
 */
import { formatCalendarDate } from '../dates.ts';
import type { Answers } from './answers.ts';
import { formatEuro, formatNumber } from './money.ts';
import { optionLabel, questions, type QuestionId } from './questions.ts';
import type { Estimate, PlanItem, WijzerResult, YieldOutcome } from './result.ts';
import { TRIAL_MONTHS } from './plan.ts';
import { planMoments, type PlanMoment } from '../../schemas/wijzer-terms.ts';

/** Headings of the plan's groups. */
export const momentHeadings: Record<PlanMoment, string> = {
  'voor-start': 'Vóór de eerste werkdag',
  'bij-start': 'Op de eerste werkdag',
  'na-start': 'Na de start',
  jaarlijks: 'Elk jaar',
};

/** The plan grouped by moment, in plan order, leaving out empty groups. */
export function planGroups(plan: readonly PlanItem[]) {
  return planMoments
    .map((moment) => ({
      moment: moment.value,
      heading: momentHeadings[moment.value],
      items: plan.filter((item) => item.moment === moment.value),
    }))
    .filter((group) => group.items.length > 0);
}

/** When an action is due: "uiterlijk 31 januari 2027", or relative while the start is unknown. */
export function dueText(item: PlanItem): string {
  const within = `binnen ${item.months} maanden na de eerste werkdag`;
  if (!item.date) {
    return {
      'voor-start': 'vóór de eerste werkdag',
      'bij-start': 'op de eerste werkdag',
      'na-start': within,
      jaarlijks: 'elk jaar',
    }[item.moment];
  }
  const date = formatCalendarDate(item.date);
  const moved = item.moved ? `${formatCalendarDate(item.moved.from)} is ${item.moved.reason}` : '';
  switch (item.moment) {
    case 'voor-start':
      return item.moved ? `uiterlijk ${date} (${moved})` : `uiterlijk ${date}`;
    case 'bij-start':
      return `op ${date}`;
    case 'na-start':
      return item.moved
        ? `uiterlijk ${date} (${within}; ${moved}, dus het mag nog op de eerstvolgende werkdag)`
        : `uiterlijk ${date} (${within})`;
    case 'jaarlijks':
      return item.moreDates.length > 0
        ? `elk jaar, voor het eerst op ${date} en voor het laatst op ${formatCalendarDate(item.moreDates.at(-1) ?? item.date)}`
        : `elk jaar, voor het eerst op ${date}`;
  }
}

/** When a step is due if a proefplaatsing comes first: "uiterlijk 30 juni 2027". */
function afterTrialWhen(item: PlanItem): string | undefined {
  const trial = item.afterTrial;
  if (!trial) return undefined;
  const date = formatCalendarDate(trial.date);
  const moved = trial.moved
    ? ` (${formatCalendarDate(trial.moved.from)} is ${trial.moved.reason})`
    : '';
  return {
    'voor-start': `uiterlijk ${date}`,
    'bij-start': `op ${date}`,
    'na-start': `uiterlijk ${date}${moved}`,
    jaarlijks: `elk jaar, voor het eerst op ${date}`,
  }[item.moment];
}

/**
 * When a proefplaatsing may come first: "Begint u met een proefplaatsing van 2 maanden? Dan begint
 * het contract op 1 april 2027, en is deze stap uiterlijk 30 juni 2027." Undefined otherwise.
 */
export function afterTrialText(item: PlanItem): string | undefined {
  const when = afterTrialWhen(item);
  if (!item.afterTrial || !when) return undefined;
  return `Begint u eerst met een proefplaatsing van ${TRIAL_MONTHS} maanden? Dan begint het contract pas op ${formatCalendarDate(item.afterTrial.contractStart)}, en is deze stap ${when}.`;
}

/** Said once above a plan whose steps move when a proefplaatsing comes first. */
export function trialNoteText(contractStart: string): string {
  return `Begint u eerst met een proefplaatsing van ${TRIAL_MONTHS} maanden? Dan begint het contract pas op ${formatCalendarDate(contractStart)}. Een stap die bij het contract hoort, komt dan later: die datum staat bij de stap.`;
}

/** The date of one step when a proefplaatsing comes first: "Na een proefplaatsing: op 1 april 2027." */
export function afterTrialShortText(item: PlanItem): string | undefined {
  const when = afterTrialWhen(item);
  return when ? `Na een proefplaatsing: ${when}.` : undefined;
}

/** "ongeveer € 3.806,40 per jaar" with the total over the years when the form lasts that long. */
export function estimateText(estimate: Estimate): string {
  const perYear = `ongeveer ${formatEuro(estimate.perYearCents)} per jaar`;
  const maximum = estimate.atMaximum ? ' (het maximum)' : '';
  const total =
    estimate.totalCents !== undefined && estimate.years !== undefined
      ? `, samen ongeveer ${formatEuro(estimate.totalCents)} in ${estimate.years} jaar`
      : '';
  return `${perYear}${maximum}${total}`;
}

/** "hoogstens 3,6 uur per week in jaar 1 (15%), 1,8 uur in jaar 2 (7,5%) en ...". */
export function coachingText(coaching: NonNullable<YieldOutcome['coaching']>): string | undefined {
  const years = coaching.filter((year) => year.hoursPerWeek !== undefined);
  if (years.length === 0) return undefined;
  const parts = years.map(
    (year, index) =>
      `${formatNumber(year.hoursPerWeek ?? 0)} uur${index === 0 ? ' per week' : ''} in jaar ${year.year} (${formatNumber(year.percent)}%)`,
  );
  const last = parts.pop();
  return `hoogstens ${parts.length > 0 ? `${parts.join(', ')} en ${last}` : last}`;
}

/** The answers as question and answer, "Weet ik niet" where unknown. */
export function answerSummary(
  answers: Answers,
): { id: QuestionId; question: string; answer: string }[] {
  const unknown = 'Weet ik niet';
  const situation = [
    ...answers.situations.map((value) => optionLabel('situatie', value)),
    ...(answers.situationsUnknown ? [unknown] : []),
  ];
  const rows: [QuestionId, string][] = [
    ['situatie', situation.join(', ') || 'Geen van deze'],
    ['leeftijd', answers.age ? optionLabel('leeftijd', answers.age) : unknown],
    ['werkplek', answers.workplace ? optionLabel('werkplek', answers.workplace) : unknown],
    ['begeleiding', answers.coaching ? optionLabel('begeleiding', answers.coaching) : unknown],
    [
      'uren',
      answers.hoursPerWeek === undefined ? unknown : `${formatNumber(answers.hoursPerWeek)} uur`,
    ],
    ['contract', answers.contract ? optionLabel('contract', answers.contract) : unknown],
    ['start', answers.start ? formatCalendarDate(answers.start) : unknown],
  ];
  return rows.map(([id, answer]) => ({ id, question: questions[id].short, answer }));
}

/** The line every result carries: indicative, and when the rules were last checked. */
export function indicativeText(result: WijzerResult): string {
  const { earliest, latest } = result.checkedOn;
  const checked =
    earliest === latest
      ? `op ${formatCalendarDate(latest)}`
      : `tussen ${formatCalendarDate(earliest)} en ${formatCalendarDate(latest)}`;
  return `Deze uitkomst is een indicatie, geen besluit. UWV, de gemeente of de Belastingdienst beslist. De regels in deze wijzer zijn voor het laatst gecontroleerd ${checked}.`;
}
