/**
 * The check of a quick-scan's answers in an address: the result page and an analysis request
 * both start here. Wrong answers get a Dutch message at the field (keyed by the parameter's
 * name); the values come back as typed, so the form can show them again.
 */
import { labelOf, sectors, type Sector } from '../../schemas/taxonomy.ts';
import {
  MAX_TASK_HOURS,
  frequencies,
  mentorAnswers,
  params,
  shortageAnswers,
  type Frequency,
  type Mentor,
  type Shortage,
} from './scan-terms.ts';
import type { TaskList } from './task-list.ts';

export interface TaskAnswer {
  id: string;
  frequency: Frequency;
  /** Hours a week the task takes from skilled staff; 0 when it is not part of this business. */
  hoursPerWeek: number;
}

export interface ScanAnswers {
  sector: Sector;
  /** Every task of the sector's list, in the list's order. */
  tasks: TaskAnswer[];
  shortage: Shortage;
  mentor: Mentor;
}

/** The raw values, as typed, for showing the form again. */
export interface ScanValues {
  sector: string;
  tasks: Record<string, { frequency: string; hours: string }>;
  shortage: string;
  mentor: string;
}

/** Messages per parameter name ("sector", "uren-dozen-vouwen", ...), plus "taken" for the list. */
export type ScanErrors = Record<string, string>;

export type ScanCheck =
  | { success: true; answers: ScanAnswers; values: ScanValues; taskList: TaskList }
  | { success: false; errors: ScanErrors; values: ScanValues; taskList: TaskList | undefined };

/** Hours as typed: a whole number or one with a decimal comma or point ("4", "2,5"). */
const HOURS = /^\d{1,2}([.,]\d)?$/;

const first = (search: URLSearchParams, name: string) => (search.get(name) ?? '').trim();
const valueIn = (terms: readonly { value: string }[], value: string) =>
  terms.some((term) => term.value === value);

/** The raw values of the address for one sector's list. */
function valuesOf(search: URLSearchParams, taskList: TaskList | undefined): ScanValues {
  return {
    sector: first(search, params.sector),
    tasks: Object.fromEntries(
      (taskList?.tasks ?? []).map((task) => [
        task.id,
        {
          frequency: first(search, params.frequency(task.id)),
          hours: first(search, params.hours(task.id)),
        },
      ]),
    ),
    shortage: first(search, params.shortage),
    mentor: first(search, params.mentor),
  };
}

export const scanMessages = {
  sector: 'Sector: kies de sector van uw bedrijf uit de lijst.',
  frequency: (task: string) => `${task}: kies hoe vaak dit voorkomt.`,
  hoursMissing: (task: string) =>
    `${task}: vul in hoeveel uur per week uw vakmensen hieraan kwijt zijn, bijvoorbeeld 4 of 2,5.`,
  hoursWrong: (task: string) =>
    `${task}: vul een getal in van 0,5 tot en met ${MAX_TASK_HOURS}, bijvoorbeeld 4 of 2,5.`,
  noTasks:
    'Taken: kies bij minstens één taak hoe vaak die bij u voorkomt, en hoeveel uur per week het kost.',
  shortage: 'Personeelstekort: kies een van de antwoorden.',
  mentor: 'Inwerken: kies een van de antwoorden.',
};

/** Checks the answers in `search` against the task list of the sector they name. */
export function checkScan(search: URLSearchParams, taskLists: readonly TaskList[]): ScanCheck {
  const sector = first(search, params.sector);
  const taskList = taskLists.find((list) => list.sector === sector);
  const values = valuesOf(search, taskList);
  if (!taskList) {
    return { success: false, errors: { sector: scanMessages.sector }, values, taskList };
  }

  const errors: ScanErrors = {};
  const tasks: TaskAnswer[] = taskList.tasks.map((task) => {
    const typed = values.tasks[task.id] ?? { frequency: '', hours: '' };
    const frequencyName = params.frequency(task.id);
    const hoursName = params.hours(task.id);
    const frequency = typed.frequency === '' ? 'nooit' : typed.frequency;
    if (!valueIn(frequencies, frequency)) {
      errors[frequencyName] = scanMessages.frequency(task.label);
      return { id: task.id, frequency: 'nooit', hoursPerWeek: 0 };
    }
    // Hours typed for a task that is "not here" are left out: the frequency says what counts.
    if (frequency === 'nooit') return { id: task.id, frequency: 'nooit', hoursPerWeek: 0 };
    if (typed.hours === '') {
      errors[hoursName] = scanMessages.hoursMissing(task.label);
      return { id: task.id, frequency: frequency as Frequency, hoursPerWeek: 0 };
    }
    const hours = Number(typed.hours.replace(',', '.'));
    if (!HOURS.test(typed.hours) || hours < 0.5 || hours > MAX_TASK_HOURS) {
      errors[hoursName] = scanMessages.hoursWrong(task.label);
      return { id: task.id, frequency: frequency as Frequency, hoursPerWeek: 0 };
    }
    return { id: task.id, frequency: frequency as Frequency, hoursPerWeek: hours };
  });
  const anyTaskError = Object.keys(errors).length > 0;
  if (!anyTaskError && tasks.every((task) => task.frequency === 'nooit')) {
    errors['taken'] = scanMessages.noTasks;
  }
  if (!valueIn(shortageAnswers, values.shortage)) errors[params.shortage] = scanMessages.shortage;
  if (!valueIn(mentorAnswers, values.mentor)) errors[params.mentor] = scanMessages.mentor;

  if (Object.keys(errors).length > 0) return { success: false, errors, values, taskList };
  return {
    success: true,
    values,
    taskList,
    answers: {
      sector: taskList.sector,
      tasks,
      shortage: values.shortage as Shortage,
      mentor: values.mentor as Mentor,
    },
  };
}

/**
 * The canonical query of the answers: the sector, then each task of the list that is part of
 * the business (frequency and hours), then the two closing questions. Shared links, the result's
 * address and an analysis request all use this form, so the same answers are the same text.
 */
export function scanQuery(answers: ScanAnswers): string {
  const search = new URLSearchParams();
  search.set(params.sector, answers.sector);
  for (const task of answers.tasks) {
    if (task.frequency === 'nooit') continue;
    search.set(params.frequency(task.id), task.frequency);
    search.set(params.hours(task.id), String(task.hoursPerWeek).replace('.', ','));
  }
  search.set(params.shortage, answers.shortage);
  search.set(params.mentor, answers.mentor);
  return search.toString();
}

/** The sector's Dutch name. */
export const sectorLabel = (sector: Sector) => labelOf(sectors, sector);
