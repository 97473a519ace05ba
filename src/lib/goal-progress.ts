/**
 * What /resultaten/ shows of a goal: its latest figure, how far that is towards the target, and
 * the geometry of the bar drawn for it at build time (an SVG, no chart script).
 */
import type { z } from 'astro/zod';
import type { goalFigureSchema, goalSchema } from '../schemas/goals.ts';

export type GoalData = z.output<ReturnType<typeof goalSchema>>;
export type GoalFigure = z.output<typeof goalFigureSchema>;

export interface GoalProgress {
  /** The newest figure, or undefined while nothing has been counted yet. */
  latest: GoalFigure | undefined;
  /** Every figure, newest first. */
  figures: GoalFigure[];
  /** The latest value as a whole percentage of the target (may pass 100). */
  percent: number;
}

/** Figures newest first; on the same day the one entered last counts as newest. */
export function figuresNewestFirst(figures: readonly GoalFigure[]): GoalFigure[] {
  return figures
    .map((figure, index) => ({ figure, index }))
    .sort((a, b) => b.figure.date.localeCompare(a.figure.date) || b.index - a.index)
    .map(({ figure }) => figure);
}

/** The progress of a goal towards its target. */
export function goalProgress(goal: Pick<GoalData, 'target' | 'figures'>): GoalProgress {
  const figures = figuresNewestFirst(goal.figures);
  const latest = figures[0];
  const percent = latest && goal.target > 0 ? Math.round((latest.value / goal.target) * 100) : 0;
  return { latest, figures, percent };
}

/** Goals in the order staff gave them, then by title. */
export function goalsInOrder<T extends { data: Pick<GoalData, 'order' | 'title'> }>(
  goals: readonly T[],
): T[] {
  return [...goals].sort(
    (a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title, 'nl'),
  );
}

export interface BarGeometry {
  /** The viewBox width; the bar scales with the page, so only proportions matter. */
  width: number;
  height: number;
  /** Width of the filled part: the latest value, never wider than the track. */
  filled: number;
}

/** The progress bar of a goal: a track for the target and a filled part for the latest value. */
export function barGeometry(value: number, target: number, width = 400, height = 32): BarGeometry {
  const share = target > 0 ? Math.min(1, Math.max(0, value / target)) : 0;
  return { width, height, filled: Math.round(share * width * 10) / 10 };
}

const numbers = new Intl.NumberFormat('nl-NL');

/** A count as a Dutch reader writes it: 2.110. */
export function formatCount(value: number): string {
  return numbers.format(value);
}

/** The sentence a screen reader hears for the bar; the table beside it has the same numbers. */
export function progressSentence(
  goal: Pick<GoalData, 'target' | 'unit'>,
  progress: GoalProgress,
): string {
  if (!progress.latest) return `Nog geen cijfer. Doel: ${formatCount(goal.target)} ${goal.unit}.`;
  return `${formatCount(progress.latest.value)} van ${formatCount(goal.target)} ${goal.unit}: ${progress.percent}% van het doel.`;
}
