/**
 * The quick-scan wired once: the answers in an address and the task lists give the checked
 * answers, their canonical address and the result. The result page and an analysis request both
 * start here, so for the same address they cannot disagree.
 */
import { checkScan, scanQuery, type ScanCheck } from './scan-answers.ts';
import { evaluateScan, type ScanResult } from './evaluate-scan.ts';
import { SCAN_RESULT_PATH } from './paths.ts';
import type { TaskList } from './task-list.ts';

export type ScanOutcome =
  | Extract<ScanCheck, { success: false }>
  | (Extract<ScanCheck, { success: true }> & { query: string; result: ScanResult });

export function scanOutcome(search: URLSearchParams, taskLists: readonly TaskList[]): ScanOutcome {
  const checked = checkScan(search, taskLists);
  if (!checked.success) return checked;
  return {
    ...checked,
    query: scanQuery(checked.answers),
    result: evaluateScan(checked.answers, checked.taskList),
  };
}

/** The public address of the result page for a canonical query. */
export function scanResultAddress(origin: string, query: string): string {
  return new URL(`${SCAN_RESULT_PATH}?${query}`, origin).href;
}
