/** The dated hire plan: every action of the forms that (may) apply, due relative to the start. */
import type { PlanAction } from '../../schemas/regulation-rules.ts';
import type { Answers } from './answers.ts';
import { addDays, addMonths, addYears } from './date-math.ts';
import type { PlanItem, RegulationOutcome } from './result.ts';
import { planMoments, type PlanMoment } from '../../schemas/wijzer-terms.ts';
import { nextWorkingDay, nonWorkingReason, previousWorkingDay } from './working-days.ts';

/** The regulation whose first day is a trial, not the contract's start. */
export const TRIAL_REGULATION_ID = 'proefplaatsing';
/** UWV's standard length of a proefplaatsing; the contract starts the day after it. */
export const TRIAL_MONTHS = 2;
/** The Algemene termijnenwet does not extend periods longer than three months (art. 4). */
const LONGEST_EXTENDED_MONTHS = 3;

interface Due {
  date: string;
  moved?: { from: string; reason: string } | undefined;
}

/** The usable date for a calendar date: moved to a working day when `move` says so. */
function usable(date: string, move: (date: string) => string): Due {
  const moved = move(date);
  if (moved === date) return { date };
  return { date: moved, moved: { from: date, reason: nonWorkingReason(date) ?? '' } };
}

/**
 * The due date(s) of an action counted from `start`: a yearly one recurs for the form's years
 * (once without). A step due the day before the start moves back to the last working day before
 * it; a period after the start of at most three months that ends on a weekend or public holiday
 * runs on to the next working day (Algemene termijnenwet).
 */
export function dueDates(action: PlanAction, start: string, years: number | undefined): Due[] {
  switch (action.moment) {
    case 'voor-start':
      return [usable(addDays(start, -1), previousWorkingDay)];
    case 'bij-start':
      return [{ date: start }];
    case 'na-start': {
      const months = action.months ?? 0;
      const end = addMonths(start, months);
      return [months <= LONGEST_EXTENDED_MONTHS ? usable(end, nextWorkingDay) : { date: end }];
    }
    case 'jaarlijks':
      return Array.from({ length: years ?? 1 }, (_, index) => ({
        date: addYears(start, index + 1),
      }));
  }
}

/** The contract's first day when a proefplaatsing starting on `firstDay` comes first. */
export function contractStartAfterTrial(firstDay: string): string {
  return addMonths(firstDay, TRIAL_MONTHS);
}

/**
 * The plan items of the regulations that apply or may apply, sorted by moment (before the start,
 * at the start, after it, yearly), then by date. Without a start date the items have no dates.
 * When a proefplaatsing is among them, the first working day is the trial's; steps counted from
 * the contract's start also get the date that holds if the trial comes first.
 */
export function planFor(
  outcomes: RegulationOutcome[],
  answers: Answers,
  today: string,
): PlanItem[] {
  const items: (PlanItem & { order: number })[] = [];
  const trialPossible = outcomes.some(
    (outcome) => outcome.id === TRIAL_REGULATION_ID && outcome.variants.length > 0,
  );
  outcomes.forEach((outcome, order) => {
    for (const variant of outcome.variants) {
      for (const action of variant.actions) {
        const start = answers.start;
        const dates = start ? dueDates(action, start, variant.years) : [];
        const first = dates[0];
        const countsFromContract =
          trialPossible && outcome.id !== TRIAL_REGULATION_ID && action.moment !== 'voor-start';
        const trialDue =
          start && countsFromContract
            ? dueDates(action, contractStartAfterTrial(start), variant.years)[0]
            : undefined;
        items.push({
          order,
          regulationId: outcome.id,
          regulationTitle: outcome.title,
          variantName: variant.name,
          moment: action.moment,
          text: action.text,
          months: action.months,
          date: first?.date,
          moved: first?.moved,
          afterTrial:
            start && trialDue
              ? {
                  contractStart: contractStartAfterTrial(start),
                  date: trialDue.date,
                  moved: trialDue.moved,
                }
              : undefined,
          moreDates: dates.slice(1).map((due) => due.date),
          tentative: outcome.status !== 'past',
          overdue: first !== undefined && first.date < today,
        });
      }
    }
  });
  const momentRank = (moment: PlanMoment) => planMoments.findIndex((m) => m.value === moment);
  return items
    .sort(
      (a, b) =>
        momentRank(a.moment) - momentRank(b.moment) ||
        (a.date ?? '').localeCompare(b.date ?? '') ||
        Number(a.tentative) - Number(b.tentative) ||
        a.order - b.order,
    )
    .map(({ order: _order, ...item }) => item);
}
