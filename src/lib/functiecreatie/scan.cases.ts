/**
 * The quick-scan's cases: answers on a fixed task list and what the result must say. Read as a
 * table: the answers per task (frequency and hours), then the packages and what is left over.
 */
import type { TaskList } from './task-list.ts';
import type { Frequency, Mentor, Shortage } from './scan-terms.ts';

export const factoryList: TaskList = {
  sector: 'industrie',
  intro: 'Operators doen veel klusjes naast de machines.',
  demo: true,
  tasks: [
    { id: 'dozen-vouwen', label: 'Dozen vouwen', package: 'voorbereiden' },
    { id: 'inpakken', label: 'Inpakken', package: 'inpakken' },
    { id: 'etiketten', label: 'Etiketten plakken', package: 'inpakken' },
    { id: 'kratten', label: 'Kratten spoelen', package: 'schoonmaken' },
    { id: 'lijn', label: 'Lijn schoonmaken', package: 'schoonmaken' },
    { id: 'pallets', label: 'Pallets rijden', package: 'vervoer' },
  ],
};

type TaskInput = [Frequency, number];

export interface ScanCase {
  name: string;
  tasks: Partial<Record<string, TaskInput>>;
  shortage?: Shortage;
  mentor?: Mentor;
  /** Each package: its id, hours per week and number of jobs. */
  packages: [string, number, number][];
  /** The hours of tasks that do not form a job, or undefined when nothing is left. */
  leftover?: number;
  totalHours: number;
  /** Regulations in the result, in order. */
  regulations: string[];
}

const usual = [
  'proefplaatsing',
  'loonkostensubsidie',
  'no-riskpolis',
  'jobcoach',
  'loonkostenvoordeel',
  'banenafspraak',
];

export const scanCases: ScanCase[] = [
  {
    name: 'one package with enough hours is a job of its own',
    tasks: { inpakken: ['dagelijks', 10], etiketten: ['wekelijks', 4] },
    packages: [['inpakken', 14, 1]],
    totalHours: 14,
    regulations: usual,
  },
  {
    name: 'two small packages together form a combination job',
    tasks: {
      'dozen-vouwen': ['dagelijks', 6],
      kratten: ['wekelijks', 4],
      pallets: ['wekelijks', 3],
    },
    packages: [['combinatie', 13, 1]],
    totalHours: 13,
    regulations: usual,
  },
  {
    name: 'a big package and small ones: the small ones are joined, the big one stays',
    tasks: {
      inpakken: ['dagelijks', 16],
      'dozen-vouwen': ['dagelijks', 8],
      kratten: ['wekelijks', 5],
    },
    packages: [
      ['inpakken', 16, 1],
      ['combinatie', 13, 1],
    ],
    totalHours: 29,
    regulations: usual,
  },
  {
    name: 'too few hours: no job, the tasks are left over and only a trial placement is hinted',
    tasks: { kratten: ['wekelijks', 3], pallets: ['dagelijks', 4] },
    packages: [],
    leftover: 7,
    totalHours: 7,
    regulations: ['proefplaatsing'],
  },
  {
    name: 'tasks only now and then never make a job, however many hours',
    tasks: { kratten: ['maandelijks', 8], lijn: ['maandelijks', 8] },
    packages: [],
    leftover: 16,
    totalHours: 16,
    regulations: ['proefplaatsing'],
  },
  {
    name: 'more hours than one job holds: work for two people',
    tasks: { inpakken: ['dagelijks', 30], etiketten: ['dagelijks', 12] },
    packages: [['inpakken', 42, 2]],
    totalHours: 42,
    regulations: usual,
  },
  {
    name: 'a steady task lifts an occasional one in the same package',
    tasks: { kratten: ['maandelijks', 6], lijn: ['dagelijks', 6] },
    packages: [['schoonmaken', 12, 1]],
    totalHours: 12,
    regulations: usual,
  },
  {
    name: 'half hours add up and are kept',
    tasks: { inpakken: ['dagelijks', 7.5], etiketten: ['dagelijks', 4.5] },
    packages: [['inpakken', 12, 1]],
    totalHours: 12,
    regulations: usual,
  },
  {
    name: 'a staff shortage adds learning on the job',
    tasks: { inpakken: ['dagelijks', 20] },
    shortage: 'ja',
    packages: [['inpakken', 20, 1]],
    totalHours: 20,
    regulations: [...usual, 'praktijkleren'],
  },
  {
    name: 'just under the minimum is not yet a job',
    tasks: { inpakken: ['dagelijks', 11.5] },
    packages: [],
    leftover: 11.5,
    totalHours: 11.5,
    regulations: ['proefplaatsing'],
  },
];
