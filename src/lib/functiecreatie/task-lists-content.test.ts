/** The task lists editors keep in content/task-lists/, held to what the scan needs of them. */
import { describe, expect, it } from 'vitest';
import { loadAllEntries } from '../../../tests/support/content-files.ts';
import { evaluateScan } from './evaluate-scan.ts';
import type { ScanAnswers } from './scan-answers.ts';
import type { TaskList } from './task-list.ts';

const lists = loadAllEntries()
  .filter((entry) => entry.collection === 'task-lists')
  .map((entry) => ({ id: entry.id, data: entry.data as TaskList }));

describe('the task lists in content', () => {
  it('cover the sectors of the region’s stories, each sector once', () => {
    const sectors = lists.map((list) => list.data.sector);
    expect(new Set(sectors).size).toBe(sectors.length);
    expect(sectors).toEqual(expect.arrayContaining(['industrie', 'zorg-en-welzijn', 'logistiek']));
  });

  it('are each named after their sector, so the file and the address agree', () => {
    for (const list of lists) expect(list.id).toBe(list.data.sector);
  });

  it.each(lists)('$id: a business with the usual hours gets at least one job', ({ data }) => {
    const answers: ScanAnswers = {
      sector: data.sector,
      tasks: data.tasks.map((task) => ({
        id: task.id,
        frequency: 'wekelijks',
        hoursPerWeek: task.typicalHours ?? 2,
      })),
      shortage: 'ja',
      mentor: 'ja',
    };
    expect(evaluateScan(answers, data).packages.length).toBeGreaterThan(0);
  });
});
