/**
 * A quick-scan as it travels with an analysis request: its canonical address, its plain text
 * (service e-mail, confirmation, export) and its structured, versioned answers (the webhook's
 * `data.answers`, schema `analyseverzoek/1`; docs/payloads.md is the contract).
 */
import { frequencies, mentorAnswers, shortageAnswers } from './scan-terms.ts';
import { sectorLabel, type ScanAnswers } from './scan-answers.ts';
import { scanOutcome, scanResultAddress } from './scan-outcome.ts';
import type { ScanResult } from './evaluate-scan.ts';
import type { TaskList } from './task-list.ts';

export const ANALYSIS_ANSWERS_SCHEMA = 'analyseverzoek/1';

/** The longest answers we read; a real scan's address is a few hundred characters. */
export const MAX_SCAN_LENGTH = 2000;

export interface ScanAnswersV1 {
  schema: typeof ANALYSIS_ANSWERS_SCHEMA;
  query: string;
  url: string;
  sector: { id: string; label: string };
  answers: {
    /** The tasks that are part of the business (frequency other than "nooit"), in list order. */
    tasks: {
      id: string;
      label: string;
      package: string;
      frequency: string;
      hoursPerWeek: number;
    }[];
    shortage: string;
    mentor: string;
  };
  totalHours: number;
  packages: {
    id: string;
    title: string;
    jobTitle: string;
    hoursPerWeek: number;
    jobs: number;
    tasks: string[];
  }[];
  leftover: { hoursPerWeek: number; tasks: string[] } | null;
  regulations: string[];
}

export interface ScanRequest {
  query: string;
  url: string;
  text: string;
  answers: string;
}

const hours = (value: number) => `${String(value).replace('.', ',')} uur per week`;

export function scanAnswers(
  answers: ScanAnswers,
  taskList: TaskList,
  result: ScanResult,
  query: string,
  url: string,
): ScanAnswersV1 {
  return {
    schema: ANALYSIS_ANSWERS_SCHEMA,
    query,
    url,
    sector: { id: answers.sector, label: sectorLabel(answers.sector) },
    answers: {
      tasks: answers.tasks
        .filter((task) => task.frequency !== 'nooit')
        .map((task) => {
          const listed = taskList.tasks.find((candidate) => candidate.id === task.id);
          return {
            id: task.id,
            label: listed?.label ?? task.id,
            package: listed?.package ?? '',
            frequency: task.frequency,
            hoursPerWeek: task.hoursPerWeek,
          };
        }),
      shortage: answers.shortage,
      mentor: answers.mentor,
    },
    totalHours: result.totalHours,
    packages: result.packages.map((pkg) => ({
      id: pkg.id,
      title: pkg.title,
      jobTitle: pkg.jobTitle,
      hoursPerWeek: pkg.hoursPerWeek,
      jobs: pkg.jobs,
      tasks: pkg.tasks.map((task) => task.id),
    })),
    leftover: result.leftover
      ? {
          hoursPerWeek: result.leftover.hoursPerWeek,
          tasks: result.leftover.tasks.map((task) => task.id),
        }
      : null,
    regulations: result.regulations.map((hint) => hint.id),
  };
}

/** The scan in plain text, for e-mail and the export. */
export function scanAsText(answers: ScanAnswersV1): string {
  const label = (terms: readonly { value: string; label: string }[], value: string) =>
    terms.find((term) => term.value === value)?.label ?? value;
  return [
    'Quick-scan functiecreatie',
    `Sector: ${answers.sector.label}`,
    '',
    'Taken die vakmensen nu doen',
    ...answers.answers.tasks.map(
      (task) =>
        `- ${task.label}: ${label(frequencies, task.frequency).toLowerCase()}, ${hours(task.hoursPerWeek)}`,
    ),
    `Samen: ${hours(answers.totalHours)}`,
    `Personeelstekort: ${label(shortageAnswers, answers.answers.shortage)}`,
    `Inwerken: ${label(mentorAnswers, answers.answers.mentor)}`,
    '',
    answers.packages.length > 0 ? 'Mogelijke banen' : 'Nog geen baan: te weinig uren samen',
    ...answers.packages.map(
      (pkg) =>
        `- ${pkg.jobTitle} (${pkg.title}): ${hours(pkg.hoursPerWeek)}${pkg.jobs > 1 ? `, werk voor ${pkg.jobs} mensen` : ''}`,
    ),
    ...(answers.leftover
      ? [`Losse taken, samen ${hours(answers.leftover.hoursPerWeek)}: nog geen eigen baan.`]
      : []),
    '',
    `Regelingen die vaak helpen: ${answers.regulations.join(', ')}`,
    '',
    `Bekijk de scan online: ${answers.url}`,
  ].join('\n');
}

/** The scan for the answers in a query, or undefined when they are not valid. */
export function scanForAnswers(
  query: string,
  taskLists: readonly TaskList[],
  origin: string,
): ScanRequest | undefined {
  if (query.length > MAX_SCAN_LENGTH) return undefined;
  const outcome = scanOutcome(new URLSearchParams(query), taskLists);
  if (!outcome.success) return undefined;
  const url = scanResultAddress(origin, outcome.query);
  const structured = scanAnswers(
    outcome.answers,
    outcome.taskList,
    outcome.result,
    outcome.query,
    url,
  );
  return {
    query: outcome.query,
    url,
    text: scanAsText(structured),
    answers: JSON.stringify(structured),
  };
}
