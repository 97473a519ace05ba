/**
 * `npm run content:format`, the one command that puts hand-edited content back in the form the CMS
 * writes (issue 10, point 3), run on a copy of the project so the real content/ is never touched.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyProject, projectRoot } from '../support/project-copy.ts';

const copy = copyProject('content-format-cli-');
afterAll(() => rmSync(copy, { recursive: true, force: true }));

const relative = 'content/regulations/loonkostenvoordeel.md';
const file = path.join(copy, relative);
const original = readFileSync(file, 'utf8');

/** Runs the copy's script the way package.json's "content:format" does. */
function contentFormat(...args: string[]) {
  const pkg = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const script = /^node (\S+)$/.exec(pkg.scripts['content:format'] ?? '')?.[1];
  if (!script) throw new Error('"content:format" is not "node <file>"');
  return spawnSync(process.execPath, [path.join(copy, script), ...args], { encoding: 'utf8' });
}

describe('npm run content:format', () => {
  it('finds a hand-edited file, rewrites it in the form the CMS writes, and then finds none', () => {
    // A hand edit: the date quoted, and a title written on one long line.
    const handEdited = original
      .replace('lastStartDate: 2025-12-31', "lastStartDate: '2025-12-31'")
      .replace(/^title: (.*)$/m, 'title:    "$1"');
    expect(handEdited).not.toBe(original);
    writeFileSync(file, handEdited);

    const check = contentFormat('--check');
    expect(check.status).toBe(1);
    expect(check.stderr).toContain(relative);
    expect(readFileSync(file, 'utf8')).toBe(handEdited);

    const rewrite = contentFormat();
    expect(rewrite.status).toBe(0);
    expect(rewrite.stdout).toContain(relative);
    expect(readFileSync(file, 'utf8')).toBe(original);

    const again = contentFormat('--check');
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('All content files are in the form the CMS writes.');
  });
});
