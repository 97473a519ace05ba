/**
 * The quick-scan's result: from the answers about recurring simple tasks to the task packages
 * that could form a job, the hours per week of each, who fits, and the regulations that usually
 * help. Pure: the same answers and task list always give the same result.
 */
import { labelOf, taskPackages, type TaskPackage } from '../../schemas/taxonomy.ts';
import { answersToQuery } from '../wijzer/answers.ts';
import { candidateGroups, packageProfiles } from './package-profiles.ts';
import type { ScanAnswers } from './scan-answers.ts';
import type { Frequency } from './scan-terms.ts';
import type { TaskList } from './task-list.ts';

/** Fewest hours a week for a job of its own: about three mornings. */
export const JOB_MIN_HOURS = 12;
/** Most hours one job holds; above it the package is work for two people or more. */
export const JOB_MAX_HOURS = 36;

export interface PackageTask {
  id: string;
  label: string;
  frequency: Frequency;
  hoursPerWeek: number;
}

export interface JobPackage {
  /** The package's value, or "combinatie" for small packages joined into one job. */
  id: TaskPackage | 'combinatie';
  title: string;
  jobTitle: string;
  tasks: PackageTask[];
  hoursPerWeek: number;
  /** How many jobs the hours fill (at most JOB_MAX_HOURS each). */
  jobs: number;
  fits: string[];
  /** The regelingenwijzer's answers for one such job (a query, "situatie=...&uren=..."). */
  wijzerQuery: string;
}

export interface RegulationHint {
  /** The regulation's id in content/regulations/. */
  id: string;
  /** Why it usually helps with a job like this, in one sentence. */
  reason: string;
}

export interface ScanResult {
  /** Hours a week the chosen tasks take from skilled staff, together. */
  totalHours: number;
  packages: JobPackage[];
  /** Tasks that do not add up to a job of their own, with their hours together. */
  leftover: { tasks: PackageTask[]; hoursPerWeek: number } | undefined;
  candidates: string;
  regulations: RegulationHint[];
}

/** Half hours are the finest the scan speaks in. */
const roundHalf = (hours: number) => Math.round(hours * 2) / 2;
const sum = (tasks: readonly PackageTask[]) =>
  roundHalf(tasks.reduce((t, x) => t + x.hoursPerWeek, 0));
/** A task every week or every day is work a job can be built on; "af en toe" is not. */
const steady = (tasks: readonly PackageTask[]) =>
  tasks.some((task) => task.frequency !== 'maandelijks');

function wijzerQuery(hours: number, answers: ScanAnswers): string {
  // Such jobs are usually filled through the banenafspraak; the employer can change every answer.
  return answersToQuery({
    situations: ['doelgroepregister'],
    situationsUnknown: false,
    coaching: answers.mentor === 'nee' ? 'ja' : undefined,
    hoursPerWeek: Math.min(hours, JOB_MAX_HOURS),
  });
}

function jobPackage(
  id: TaskPackage | 'combinatie',
  tasks: PackageTask[],
  answers: ScanAnswers,
  parts: TaskPackage[],
): JobPackage {
  const hoursPerWeek = sum(tasks);
  const profiles = parts.map((part) => packageProfiles[part]);
  return {
    id,
    title:
      id === 'combinatie'
        ? `Combinatiebaan: ${parts.map((part) => labelOf(taskPackages, part).toLowerCase()).join(' + ')}`
        : labelOf(taskPackages, id),
    jobTitle: id === 'combinatie' ? 'Allround medewerker' : packageProfiles[id].jobTitle,
    tasks,
    hoursPerWeek,
    jobs: Math.max(1, Math.ceil(hoursPerWeek / JOB_MAX_HOURS)),
    fits: [...new Set(profiles.flatMap((profile) => profile.fits))].slice(0, 3),
    wijzerQuery: wijzerQuery(hoursPerWeek, answers),
  };
}

function regulationsFor(answers: ScanAnswers, hasJob: boolean): RegulationHint[] {
  if (!hasJob) {
    return [
      {
        id: 'proefplaatsing',
        reason:
          'Wilt u eerst kijken of iemand de taken kan doen? Met een proefplaatsing werkt een kandidaat een paar maanden met behoud van uitkering.',
      },
    ];
  }
  const hints: RegulationHint[] = [
    {
      id: 'proefplaatsing',
      reason:
        'Eerst samen proberen: de kandidaat werkt een paar maanden bij u met behoud van uitkering.',
    },
    {
      id: 'loonkostensubsidie',
      reason:
        'Kan de nieuwe collega nog niet alles wat een ervaren collega kan? De gemeente betaalt dan een deel van het loon.',
    },
    {
      id: 'no-riskpolis',
      reason:
        'Wordt de nieuwe collega ziek, dan betaalt UWV. Zo loopt u bij mensen uit het doelgroepregister geen extra risico.',
    },
    {
      id: 'jobcoach',
      reason:
        answers.mentor === 'ja'
          ? 'Uw vaste collega kan een opleiding tot interne jobcoach volgen; de begeleidingsuren worden vergoed.'
          : 'Een jobcoach helpt de nieuwe collega op weg, zodat uw vakmensen daar geen tijd aan kwijt zijn.',
    },
    {
      id: 'loonkostenvoordeel',
      reason:
        'Neemt u iemand uit de doelgroep aan, dan krijgt u vaak een paar jaar een bedrag per verloond uur van de Belastingdienst.',
    },
    {
      id: 'banenafspraak',
      reason: 'Een baan voor iemand uit het doelgroepregister telt mee voor de banenafspraak.',
    },
  ];
  if (answers.shortage === 'ja') {
    hints.push({
      id: 'praktijkleren',
      reason:
        'Wilt u de nieuwe collega daarna verder opleiden in uw vak? Voor leren in de praktijk is een tegemoetkoming.',
    });
  }
  return hints;
}

/** The result of the scan for answers checked against this task list (scan-answers.ts). */
export function evaluateScan(answers: ScanAnswers, taskList: TaskList): ScanResult {
  const byPackage = new Map<TaskPackage, PackageTask[]>();
  for (const task of taskList.tasks) {
    const answer = answers.tasks.find((candidate) => candidate.id === task.id);
    if (!answer || answer.frequency === 'nooit' || answer.hoursPerWeek <= 0) continue;
    const list = byPackage.get(task.package) ?? [];
    list.push({
      id: task.id,
      label: task.label,
      frequency: answer.frequency,
      hoursPerWeek: answer.hoursPerWeek,
    });
    byPackage.set(task.package, list);
  }

  const packages: JobPackage[] = [];
  const small: [TaskPackage, PackageTask[]][] = [];
  // In the order of the vocabulary, so the result reads the same for the same answers.
  for (const { value } of taskPackages) {
    const tasks = byPackage.get(value);
    if (!tasks) continue;
    if (steady(tasks) && sum(tasks) >= JOB_MIN_HOURS) {
      packages.push(jobPackage(value, tasks, answers, [value]));
    } else {
      small.push([value, tasks]);
    }
  }

  let leftover: ScanResult['leftover'];
  const smallTasks = small.flatMap(([, tasks]) => tasks);
  if (small.length > 0 && steady(smallTasks) && sum(smallTasks) >= JOB_MIN_HOURS) {
    // Small packages together: one job with a bit of everything.
    const parts = small.map(([part]) => part);
    packages.push(
      parts.length === 1
        ? jobPackage(parts[0] as TaskPackage, smallTasks, answers, parts)
        : jobPackage('combinatie', smallTasks, answers, parts),
    );
  } else if (smallTasks.length > 0) {
    leftover = { tasks: smallTasks, hoursPerWeek: sum(smallTasks) };
  }

  const totalHours = roundHalf(
    answers.tasks.reduce(
      (total, task) => total + (task.frequency === 'nooit' ? 0 : task.hoursPerWeek),
      0,
    ),
  );
  return {
    totalHours,
    packages,
    leftover,
    candidates: candidateGroups,
    regulations: regulationsFor(answers, packages.length > 0),
  };
}
