/**
 * The kinds of condition a form of a regulation can set, each checked against the answers: met,
 * open (an unknown answer, or something the questions cannot tell) or not met, with the Dutch
 * sentence that explains it to the employer.
 */
import type { RegulationVariant } from '../../schemas/regulation-rules.ts';
import { formatCalendarDate } from '../dates.ts';
import type { Answers } from './answers.ts';
import { formatNumber } from './money.ts';
import { questions, type QuestionId } from './questions.ts';
import { ageBands, contractBands, needs, situations } from '../../schemas/wijzer-terms.ts';

export type Check =
  | { state: 'met'; text: string }
  | { state: 'open'; text: string }
  | { state: 'not-met'; text: string };

const labelOf = (terms: readonly { value: string; label: string }[], value: string) =>
  terms.find((term) => term.value === value)?.label ?? value;

/** "A", "A of B", "A, B of C". */
function orList(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} of ${items.at(-1)}`;
}

const unknownText = (id: QuestionId, rest: string) =>
  `U weet nog niet ${questions[id].unknownPhrase}. ${rest}`;

function checkLastStartDate(variant: RegulationVariant, answers: Answers, today: string) {
  const last = variant.lastStartDate;
  if (!last) return undefined;
  const ended = `Geldt niet meer voor wie na ${formatCalendarDate(last)} begint.`;
  if (!answers.start) {
    // A hire whose first day is not known yet has not started: it starts today or later.
    if (today > last) return { state: 'not-met', text: ended } as const;
    return {
      state: 'open',
      text: unknownText(
        'start',
        `Deze vorm geldt bij een start uiterlijk ${formatCalendarDate(last)}.`,
      ),
    } as const;
  }
  const chosen = `U vulde ${formatCalendarDate(answers.start)} in.`;
  return answers.start <= last
    ? ({
        state: 'met',
        text: `Geldt bij een start uiterlijk ${formatCalendarDate(last)}. ${chosen}`,
      } as const)
    : ({ state: 'not-met', text: `${ended} ${chosen}` } as const);
}

function checkFirstStartDate(variant: RegulationVariant, answers: Answers, today: string) {
  const first = variant.firstStartDate;
  if (!first) return undefined;
  const wanted = `Geldt bij een start op of na ${formatCalendarDate(first)}.`;
  if (!answers.start) {
    // The same inference as above: a hire that has not started yet starts today or later.
    if (today >= first) {
      return {
        state: 'met',
        text: `${wanted} Uw kandidaat is nog niet begonnen, dus dat klopt.`,
      } as const;
    }
    return { state: 'open', text: unknownText('start', wanted) } as const;
  }
  const chosen = `U vulde ${formatCalendarDate(answers.start)} in.`;
  return answers.start >= first
    ? ({ state: 'met', text: `${wanted} ${chosen}` } as const)
    : ({
        state: 'not-met',
        text: `Geldt pas voor wie op of na ${formatCalendarDate(first)} begint. ${chosen}`,
      } as const);
}

const inSentence = (value: string) =>
  situations.find((term) => term.value === value)?.inSentence ?? value;

/** A situation that rules the form out, whatever else applies (loonkostensubsidie: not with Wajong). */
function checkExcluded(variant: RegulationVariant, answers: Answers): Check | undefined {
  const excluded = answers.situations.filter((value) => variant.notSituations.includes(value));
  if (excluded.length === 0) return undefined;
  const chosen = excluded.map((value) => labelOf(situations, value)).join(', ');
  return {
    state: 'not-met',
    text: `Niet bij ${orList(excluded.map(inSentence))}. U koos: ${chosen}.`,
  };
}

function checkSituations(variant: RegulationVariant, answers: Answers): Check | undefined {
  if (variant.situations.length === 0) return undefined;
  const wanted = orList(variant.situations.map(inSentence));
  const matched = answers.situations.filter((value) => variant.situations.includes(value));
  if (matched.length > 0) {
    const chosen = matched.map((value) => labelOf(situations, value)).join(', ');
    return { state: 'met', text: `Geldt bij ${wanted}. U koos: ${chosen}.` };
  }
  if (answers.situationsUnknown) {
    return { state: 'open', text: unknownText('situatie', `Deze vorm geldt bij ${wanted}.`) };
  }
  const asked = answers.situations.filter((value) => variant.askSituations.includes(value));
  if (asked.length > 0) {
    const chosen = orList(asked.map(inSentence));
    return {
      state: 'open',
      text: `Bij ${chosen} kan deze vorm passen, maar dat hangt af van meer dan deze vragen.`,
    };
  }
  const chosen =
    answers.situations.map((value) => labelOf(situations, value)).join(', ') || 'geen van deze';
  return { state: 'not-met', text: `Alleen bij ${wanted}. U koos: ${chosen}.` };
}

function checkAge(variant: RegulationVariant, answers: Answers): Check | undefined {
  if (variant.ageBands.length === 0) return undefined;
  const wanted = orList(variant.ageBands.map((value) => labelOf(ageBands, value).toLowerCase()));
  if (!answers.age) {
    return { state: 'open', text: unknownText('leeftijd', `Deze vorm geldt bij ${wanted}.`) };
  }
  const chosen = `U koos: ${labelOf(ageBands, answers.age).toLowerCase()}.`;
  return variant.ageBands.includes(answers.age)
    ? { state: 'met', text: `Geldt bij ${wanted}. ${chosen}` }
    : { state: 'not-met', text: `Alleen bij ${wanted}. ${chosen}` };
}

function checkNeed(variant: RegulationVariant, answers: Answers): Check | undefined {
  if (!variant.need) return undefined;
  const what = labelOf(needs, variant.need);
  const answer = variant.need === 'werkplek' ? answers.workplace : answers.coaching;
  const id: QuestionId = variant.need === 'werkplek' ? 'werkplek' : 'begeleiding';
  if (!answer) return { state: 'open', text: unknownText(id, `Deze vorm is voor ${what}.`) };
  return answer === 'ja'
    ? { state: 'met', text: `U gaf aan dat de kandidaat misschien ${what} nodig heeft.` }
    : { state: 'not-met', text: `Alleen als de kandidaat ${what} nodig heeft. U koos: nee.` };
}

function checkHours(variant: RegulationVariant, answers: Answers): Check | undefined {
  const min = variant.minHoursPerWeek;
  if (min === undefined) return undefined;
  const wanted = `minstens ${formatNumber(min)} uur per week`;
  if (answers.hoursPerWeek === undefined) {
    return { state: 'open', text: unknownText('uren', `Deze vorm vraagt ${wanted}.`) };
  }
  const chosen = `U vulde ${formatNumber(answers.hoursPerWeek)} uur in.`;
  return answers.hoursPerWeek >= min
    ? { state: 'met', text: `Geldt bij ${wanted}. ${chosen}` }
    : { state: 'not-met', text: `Alleen bij ${wanted}. ${chosen}` };
}

function checkContract(variant: RegulationVariant, answers: Answers): Check | undefined {
  const min = variant.minContractMonths;
  if (min === undefined) return undefined;
  const wanted = `een contract van minstens ${min} maanden`;
  const band = contractBands.find((candidate) => candidate.value === answers.contract);
  if (!band) return { state: 'open', text: unknownText('contract', `Deze vorm vraagt ${wanted}.`) };
  const chosen = `U koos: ${band.label.toLowerCase()}.`;
  if (('indefinite' in band && band.indefinite) || band.minMonths >= min) {
    return { state: 'met', text: `Geldt bij ${wanted}. ${chosen}` };
  }
  if ('maxMonths' in band && band.maxMonths <= min) {
    return { state: 'not-met', text: `Alleen bij ${wanted}. ${chosen}` };
  }
  return {
    state: 'open',
    text: `Deze vorm vraagt ${wanted}. Bij "${band.label.toLowerCase()}" hangt dat af van de precieze lengte.`,
  };
}

/** Every condition of a form, in the order the employer reads the reasons. */
export function checkVariant(variant: RegulationVariant, answers: Answers, today: string): Check[] {
  const checks = [
    checkFirstStartDate(variant, answers, today),
    checkLastStartDate(variant, answers, today),
    checkExcluded(variant, answers),
    checkSituations(variant, answers),
    checkAge(variant, answers),
    checkNeed(variant, answers),
    checkHours(variant, answers),
    checkContract(variant, answers),
  ].filter((check): check is Check => check !== undefined);
  if (variant.openCondition) checks.push({ state: 'open', text: variant.openCondition });
  return checks;
}
