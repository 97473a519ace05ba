import { describe, expect, it } from 'vitest';
import { outcomeOfAnswers } from '../wijzer/outcome-of-answers.ts';
import { evaluateScan, JOB_MAX_HOURS } from './evaluate-scan.ts';
import { factoryList, scanCases, type ScanCase } from './scan.cases.ts';
import type { ScanAnswers } from './scan-answers.ts';

function answersOf(scanCase: Pick<ScanCase, 'tasks' | 'shortage' | 'mentor'>): ScanAnswers {
  return {
    sector: factoryList.sector,
    tasks: factoryList.tasks.map((task) => {
      const [frequency, hoursPerWeek] = scanCase.tasks[task.id] ?? ['nooit', 0];
      return { id: task.id, frequency, hoursPerWeek };
    }),
    shortage: scanCase.shortage ?? 'soms',
    mentor: scanCase.mentor ?? 'ja',
  };
}

describe('the quick-scan result', () => {
  it.each(scanCases)('$name', (scanCase) => {
    const result = evaluateScan(answersOf(scanCase), factoryList);
    expect(result.packages.map((p) => [p.id, p.hoursPerWeek, p.jobs])).toEqual(scanCase.packages);
    expect(result.leftover?.hoursPerWeek).toBe(scanCase.leftover);
    expect(result.totalHours).toBe(scanCase.totalHours);
    expect(result.regulations.map((hint) => hint.id)).toEqual(scanCase.regulations);
  });

  it('names the tasks of each package with the hours the employer gave', () => {
    const result = evaluateScan(answersOf(scanCases[0] as ScanCase), factoryList);
    expect(result.packages[0]?.tasks).toEqual([
      { id: 'inpakken', label: 'Inpakken', frequency: 'dagelijks', hoursPerWeek: 10 },
      { id: 'etiketten', label: 'Etiketten plakken', frequency: 'wekelijks', hoursPerWeek: 4 },
    ]);
    expect(result.packages[0]?.jobTitle).toBe('Medewerker inpak en expeditie');
  });

  it('describes who fits in words about the work, never with a diagnosis', () => {
    for (const scanCase of scanCases) {
      const result = evaluateScan(answersOf(scanCase), factoryList);
      const words = [...result.packages.flatMap((p) => p.fits), result.candidates].join(' ');
      expect(words).not.toMatch(/autis|adhd|stoornis|beperking|ziekte|diagnose|handicap/i);
    }
  });

  it('links every package to answers the regelingenwijzer accepts, with its hours', () => {
    for (const scanCase of scanCases) {
      for (const pkg of evaluateScan(answersOf(scanCase), factoryList).packages) {
        const outcome = outcomeOfAnswers(new URLSearchParams(pkg.wijzerQuery), [], '2026-11-27');
        expect(outcome.success).toBe(true);
        if (outcome.success) {
          expect(outcome.answers.hoursPerWeek).toBe(Math.min(pkg.hoursPerWeek, JOB_MAX_HOURS));
          expect(outcome.answers.situations).toEqual(['doelgroepregister']);
        }
      }
    }
  });

  it('asks the wijzer for coaching when nobody in the team can show the work', () => {
    const answers = answersOf({ tasks: { inpakken: ['dagelijks', 20] }, mentor: 'nee' });
    const [pkg] = evaluateScan(answers, factoryList).packages;
    expect(new URLSearchParams(pkg?.wijzerQuery).get('begeleiding')).toBe('ja');
    const hint = evaluateScan(answers, factoryList).regulations.find((r) => r.id === 'jobcoach');
    expect(hint?.reason).toMatch(/vakmensen daar geen tijd aan kwijt/);
  });
});
