/**
 * The vocabularies of the regelingenwijzer: the answers an employer can give and the kinds of rule
 * a regulation's `rules` can hold. The rules schema, the questions and the evaluation all take
 * their values from here, so a value can never mean one thing in content and another in code.
 */
import type { Term } from './taxonomy.ts';

export interface SituationTerm extends Term {
  /** The words inside a sentence: "Geldt bij een WIA-, WAO- of WAZ-uitkering of Wajong." */
  readonly inSentence: string;
}

/** The candidate's benefit or status (question 1; several may apply). */
export const situations = [
  {
    value: 'wia',
    label: 'WIA, WAO of WAZ',
    inSentence: 'een WIA-, WAO- of WAZ-uitkering',
    explanation: 'Een uitkering van UWV bij ziekte of een beperking.',
  },
  {
    value: 'wajong',
    label: 'Wajong',
    inSentence: 'Wajong',
    explanation: 'Nu of vroeger een Wajong-uitkering van UWV.',
  },
  {
    value: 'bijstand',
    label: 'Bijstand',
    inSentence: 'bijstand',
    explanation: 'Een uitkering van de gemeente.',
  },
  {
    value: 'ww',
    label: 'WW',
    inSentence: 'WW',
    explanation: 'Een uitkering van UWV na het verlies van een baan.',
  },
  {
    value: 'doelgroepregister',
    label: 'In het doelgroepregister',
    inSentence: 'het doelgroepregister',
    explanation: 'De lijst van UWV met mensen die onder de banenafspraak vallen.',
  },
  {
    value: 'statushouder',
    label: 'Statushouder',
    inSentence: 'statushouders',
    explanation: 'Een vluchteling met een verblijfsvergunning.',
  },
] as const satisfies readonly SituationTerm[];

/** Age bands (question 2). 56 is where the former LKV for older workers began. */
export const ageBands = [
  { value: 'onder-27', label: 'Jonger dan 27 jaar' },
  { value: '27-tot-56', label: '27 tot en met 55 jaar' },
  { value: '56-plus', label: '56 jaar of ouder' },
] as const satisfies readonly Term[];

/** Help the candidate may need at work (questions 3 and 4). */
export const needs = [
  { value: 'werkplek', label: 'een aangepaste werkplek' },
  { value: 'begeleiding', label: 'begeleiding op het werk' },
] as const satisfies readonly Term[];

export interface ContractBand extends Term {
  /** Shortest contract in this band, in months. */
  readonly minMonths: number;
  /** Months at which the band ends (exclusive); absent for an open-ended band. */
  readonly maxMonths?: number;
  /** A contract without an end date meets every minimum length. */
  readonly indefinite?: boolean;
}

/** Contract length (question 6), in bands whose edges match the rules' minimums (3 and 6 months). */
export const contractBands = [
  { value: 'korter-dan-3', label: 'Korter dan 3 maanden', minMonths: 0, maxMonths: 3 },
  { value: '3-tot-6', label: '3 tot 6 maanden', minMonths: 3, maxMonths: 6 },
  { value: '6-tot-12', label: '6 tot 12 maanden', minMonths: 6, maxMonths: 12 },
  { value: '12-of-langer', label: '12 maanden of langer', minMonths: 12 },
  { value: 'vast', label: 'Een vast contract', minMonths: 12, indefinite: true },
] as const satisfies readonly ContractBand[];

/** When an action in the hire plan is due, relative to the first working day. */
export const planMoments = [
  { value: 'voor-start', label: 'Vóór de eerste werkdag' },
  { value: 'bij-start', label: 'Op de eerste werkdag' },
  { value: 'na-start', label: 'Na de start, binnen een termijn' },
  { value: 'jaarlijks', label: 'Elk jaar' },
] as const satisfies readonly Term[];

/** How a regulation's yield is worked out for this hire. */
export const yieldKinds = [
  { value: 'per-uur', label: 'Bedrag per verloond uur, met een maximum per jaar' },
  { value: 'eenmalig', label: 'Eén bedrag, hoogstens' },
  { value: 'percentage-uren', label: 'Begeleiding: deel van de gewerkte uren, per jaar' },
  { value: 'geen-bedrag', label: 'Geen bedrag: alleen uitleg' },
] as const satisfies readonly Term[];

export type Situation = (typeof situations)[number]['value'];
export type AgeBand = (typeof ageBands)[number]['value'];
export type Need = (typeof needs)[number]['value'];
export type ContractLength = (typeof contractBands)[number]['value'];
export type PlanMoment = (typeof planMoments)[number]['value'];
export type YieldKind = (typeof yieldKinds)[number]['value'];
