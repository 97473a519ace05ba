/**
 * `npm run content:check [-- --summary <file>] [-- --root <dir>]`: checks content/ without a build
 * (src/lib/content-check.ts) and exits 1 on any problem. `--summary` appends the result as
 * Markdown to a file: CI passes `$GITHUB_STEP_SUMMARY`, so an editor reads the Dutch messages on
 * the run's page instead of in the raw log.
 */
import { appendFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent, formatCheckResult, formatCheckSummary } from '../lib/content-check.ts';

const { values } = parseArgs({
  options: { summary: { type: 'string' }, root: { type: 'string' } },
});
const root = path.resolve(values.root ?? path.join(import.meta.dirname, '../..'));

const result = checkContent(root);
const report = formatCheckResult(result);
if (result.problems.length > 0) console.error(report);
else console.info(report);
if (values.summary) appendFileSync(values.summary, formatCheckSummary(result));
process.exitCode = result.problems.length > 0 ? 1 : 0;
