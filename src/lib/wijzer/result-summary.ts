/**
 * How the result page orders a result for a busy employer: first what to do this week, then the
 * plan with one deadline per distinct date. Only the presentation: every fact comes from the
 * evaluated result unchanged.
 */
import { addDays } from './date-math.ts';
import type { PlanItem, WijzerResult } from './result.ts';
import { dueText, planGroups } from './wording.ts';

/** A step counts as "this week" when it is due within this many days, or already past. */
export const THIS_WEEK_DAYS = 7;

export interface Deadline {
  /** "uiterlijk 29 januari 2027 (31 januari 2027 is een zondag)": said once for its steps. */
  due: string;
  overdue: boolean;
  /** Steps of regulations that surely apply. */
  sure: PlanItem[];
  /** Steps of regulations that may apply: only when the WSP says they do. */
  maybe: PlanItem[];
}

/** The plan grouped by moment, and within a moment by deadline: one per distinct due text. */
export function planDeadlines(plan: readonly PlanItem[]) {
  return planGroups(plan).map((group) => {
    const deadlines = new Map<string, Deadline>();
    for (const item of group.items) {
      const due = dueText(item);
      const deadline = deadlines.get(due) ?? { due, overdue: false, sure: [], maybe: [] };
      deadline.overdue ||= item.overdue;
      (item.tentative ? deadline.maybe : deadline.sure).push(item);
      deadlines.set(due, deadline);
    }
    return { moment: group.moment, heading: group.heading, deadlines: [...deadlines.values()] };
  });
}

/** The contract's first day when a proefplaatsing may come first (the same for every step). */
export function contractStartAfterTrialOf(plan: readonly PlanItem[]): string | undefined {
  return plan.find((item) => item.afterTrial)?.afterTrial?.contractStart;
}

export type FirstStep =
  | { kind: 'ask-wsp'; count: number }
  | { kind: 'due'; item: PlanItem }
  | { kind: 'calendar' }
  | { kind: 'choose-start' }
  | { kind: 'next'; item: PlanItem };

/**
 * What the employer does this week: ask the WSP about the regulations that may apply; every step
 * of a regulation that surely applies that is due within a week (or past); put the dates in the
 * calendar, or first agree on a start; and the next fixed date after this week.
 */
export function firstSteps(result: WijzerResult): FirstStep[] {
  const weekEnd = addDays(result.today, THIS_WEEK_DAYS);
  const sure = result.plan.filter((item) => !item.tentative && item.date !== undefined);
  const due = sure.filter((item) => (item.date ?? '') <= weekEnd);
  const next = sure
    .filter((item) => (item.date ?? '') > weekEnd)
    .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''))[0];
  return [
    ...(result.ask.length > 0 ? [{ kind: 'ask-wsp', count: result.ask.length } as const] : []),
    ...due.map((item) => ({ kind: 'due', item }) as const),
    result.start ? ({ kind: 'calendar' } as const) : ({ kind: 'choose-start' } as const),
    ...(next ? [{ kind: 'next', item: next } as const] : []),
  ];
}
