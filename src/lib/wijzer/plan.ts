/** The dated hire plan: every action of the forms that (may) apply, due relative to the start. */
import type { PlanAction } from '../../schemas/regulation-rules.ts';
import type { Answers } from './answers.ts';
import { addDays, addMonths, addYears } from './date-math.ts';
import type { PlanItem, RegulationOutcome } from './result.ts';
import { planMoments, type PlanMoment } from './terms.ts';

/** The due date(s) of an action: a yearly one recurs for the form's years (once without). */
function dueDates(action: PlanAction, start: string, years: number | undefined) {
  switch (action.moment) {
    case 'voor-start':
      return [addDays(start, -1)];
    case 'bij-start':
      return [start];
    case 'na-start':
      return [addMonths(start, action.months ?? 0)];
    case 'jaarlijks':
      return Array.from({ length: years ?? 1 }, (_, index) => addYears(start, index + 1));
  }
}

/**
 * The plan items of the regulations that apply or may apply, sorted by moment (before the start,
 * at the start, after it, yearly), then by date. Without a start date the items have no dates.
 */
export function planFor(
  outcomes: RegulationOutcome[],
  answers: Answers,
  today: string,
): PlanItem[] {
  const items: (PlanItem & { order: number })[] = [];
  outcomes.forEach((outcome, order) => {
    for (const variant of outcome.variants) {
      for (const action of variant.actions) {
        const dates = answers.start ? dueDates(action, answers.start, variant.years) : [];
        items.push({
          order,
          regulationId: outcome.id,
          regulationTitle: outcome.title,
          variantName: variant.name,
          moment: action.moment,
          text: action.text,
          months: action.months,
          date: dates[0],
          moreDates: dates.slice(1),
          tentative: outcome.status !== 'past',
          overdue: dates[0] !== undefined && dates[0] < today,
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
