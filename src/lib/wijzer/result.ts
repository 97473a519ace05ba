/** The shape of the regelingenwijzer's result: what `evaluate` returns and the pages render. */
import type { PlanAction, RegulationRules } from '../../schemas/regulation-rules.ts';
import type { QuestionId } from './questions.ts';
import type { PlanMoment, YieldKind } from '../../schemas/wijzer-terms.ts';

/** What the wijzer needs of a regulation entry. */
export interface WijzerRegulation {
  id: string;
  title: string;
  /** Who helps with applying (the regulation's `apply.contact`). */
  contact?: string | undefined;
  reviewedOn: string;
  rules?: RegulationRules | undefined;
}

/** past: applies; vraag-wsp: may apply, ask the WSP; past-niet: does not apply. */
export type Status = 'past' | 'vraag-wsp' | 'past-niet';

export interface Estimate {
  /** Per whole year, capped at the maximum, in cents. */
  perYearCents: number;
  uncappedCents: number;
  maxCentsPerYear: number;
  atMaximum: boolean;
  years?: number | undefined;
  totalCents?: number | undefined;
  calculation: string;
}

export interface YieldOutcome {
  kind: YieldKind;
  text: string;
  /** The rate in words, e.g. "€ 3,05 per uur, hoogstens € 6.000 per jaar". */
  rate?: string | undefined;
  estimate?: Estimate | undefined;
  /** Coaching hours per week an in-house coach may spend, per year. */
  coaching?: { year: number; percent: number; hoursPerWeek?: number | undefined }[] | undefined;
  /** Why no estimate could be made for this hire. */
  missing?: string | undefined;
}

export interface VariantOutcome {
  name: string;
  status: Status;
  /** The answers that made it apply. */
  because: string[];
  /** What is still open: unknown answers or conditions the wijzer cannot check. */
  open: string[];
  /** Why it does not apply (status past-niet). */
  reason?: string | undefined;
  yields: YieldOutcome;
  years?: number | undefined;
  /** What the employer must do when this form applies. */
  actions: PlanAction[];
}

export interface RegulationOutcome {
  id: string;
  title: string;
  contact: string;
  status: Status;
  /** The forms with the regulation's status: the ones worth showing. */
  variants: VariantOutcome[];
  /** Set when the regulation has no rules the wijzer can read. */
  note?: string | undefined;
}

export interface PlanItem {
  regulationId: string;
  regulationTitle: string;
  variantName: string;
  moment: PlanMoment;
  text: string;
  /** Months after the start (moment na-start). */
  months?: number | undefined;
  /**
   * The due date the employer can really use; absent while the first working day is unknown. A
   * legal period ending on a weekend or public holiday runs on to the next working day; a step due
   * before the start moves back to the last working day before it.
   */
  date?: string | undefined;
  /** Set when `date` was moved: the calendar date it fell on and why that is not a working day. */
  moved?: { from: string; reason: string } | undefined;
  /**
   * Set when a proefplaatsing may come first: the contract then starts after the trial, and a step
   * counted from the contract's start falls later.
   */
  afterTrial?:
    | { contractStart: string; date: string; moved?: { from: string; reason: string } | undefined }
    | undefined;
  /** Later dates of a yearly action. */
  moreDates: string[];
  /** From a regulation that may apply (vraag het WSP). */
  tentative: boolean;
  /** The date lies before today. */
  overdue: boolean;
}

export interface WijzerResult {
  today: string;
  start?: string | undefined;
  applies: RegulationOutcome[];
  ask: RegulationOutcome[];
  notApplicable: RegulationOutcome[];
  plan: PlanItem[];
  /** Questions answered with "Weet ik niet" (or left open). */
  unknown: QuestionId[];
  /** The range of the regulations' reviewedOn dates. */
  checkedOn: { earliest: string; latest: string };
}
