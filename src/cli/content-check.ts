/**
 * `npm run content:check [-- --summary <file>] [--junit <file>] [--root <dir>]`: checks content/
 * without a build (src/lib/content-check.ts) and exits 1 on any problem. So that an editor reads
 * the Dutch messages on the CI's pages instead of in the raw log: `--summary` appends them as
 * Markdown to a file (GitHub passes `$GITHUB_STEP_SUMMARY`), `--junit` writes a JUnit report
 * (GitLab shows it on the merge request).
 */
import { appendFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  checkContent,
  formatCheckJunit,
  formatCheckResult,
  formatCheckSummary,
} from '../lib/content-check.ts';

const { values } = parseArgs({
  options: { summary: { type: 'string' }, junit: { type: 'string' }, root: { type: 'string' } },
});
const root = path.resolve(values.root ?? path.join(import.meta.dirname, '../..'));

const result = checkContent(root);
const report = formatCheckResult(result);
if (result.problems.length > 0) console.error(report);
else console.info(report);
if (values.summary) appendFileSync(values.summary, formatCheckSummary(result));
if (values.junit) writeFileSync(values.junit, formatCheckJunit(result));
process.exitCode = result.problems.length > 0 ? 1 : 0;
