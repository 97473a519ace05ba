/**
 * `npm run content:format`: rewrites every file in content/ in the form Decap CMS writes it
 * (see decap-format.ts), so that the next save in the CMS changes only what the editor changed.
 * Run it after editing content by hand; `npm test` fails while a file is not in that form.
 * `--check` only lists the files that would change (exit code 1 if any).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { listContentFiles } from '../src/lib/content-check.ts';
import { canonicalContent } from './decap-format.ts';

const projectRoot = path.resolve(import.meta.dirname, '..');
const checkOnly = process.argv.includes('--check');
const changed: string[] = [];

for (const { collection, file } of listContentFiles(projectRoot)) {
  const text = readFileSync(file, 'utf8');
  const canonical = canonicalContent(collection, text);
  if (canonical === text) continue;
  changed.push(path.relative(projectRoot, file));
  if (!checkOnly) writeFileSync(file, canonical);
}

if (changed.length === 0) {
  console.info('All content files are in the form the CMS writes.');
} else if (checkOnly) {
  console.error(
    `Not in the form the CMS writes (run npm run content:format):\n${changed.join('\n')}`,
  );
  process.exitCode = 1;
} else {
  console.info(`Rewritten in the form the CMS writes:\n${changed.join('\n')}`);
}
