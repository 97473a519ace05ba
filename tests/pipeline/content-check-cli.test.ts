/**
 * The runnable behind `npm run content:check`, as CI calls it: exit code, the Dutch report on
 * stderr, and the Markdown job summary. The logic itself is tested in src/lib/content-check.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../support/content-files.ts';

const work = mkdtempSync(path.join(tmpdir(), 'content-check-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs the script the way package.json's "content:check" does (node with type stripping). */
function contentCheck(...args: string[]) {
  const script = /^node (\S+)$/.exec(readPackageScript('content:check'))?.[1];
  if (!script) throw new Error('"content:check" is not "node <file>"');
  return spawnSync(process.execPath, [path.join(projectRoot, script), ...args], {
    encoding: 'utf8',
  });
}

function readPackageScript(name: string): string {
  const pkg = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  return pkg.scripts[name] ?? '';
}

describe('npm run content:check', () => {
  it('exits 0 with one summary line on the real content', () => {
    const run = contentCheck();
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
    expect(run.stdout).toMatch(/^Inhoud in orde: \d+ bestanden gecontroleerd/);
  });

  it('exits 1 naming the story whose municipality was deleted, and writes both reports', () => {
    const root = path.join(work, 'broken');
    cpSync(path.join(projectRoot, 'content'), path.join(root, 'content'), { recursive: true });
    const story = readdirSync(path.join(root, 'content', 'stories')).find((name) =>
      name.endsWith('.md'),
    );
    const storyFile = path.join(root, 'content', 'stories', String(story));
    const municipality = /^municipality: (\S+)$/m.exec(readFileSync(storyFile, 'utf8'))?.[1];
    rmSync(path.join(root, 'content', 'municipalities', `${municipality}.yml`));
    const summary = path.join(work, 'summary.md');
    const junit = path.join(work, 'junit.xml');

    const run = contentCheck('--root', root, '--summary', summary, '--junit', junit);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      `content/stories/${story} → municipality: verwijst naar "${municipality}" in Gemeenten, maar dat bestaat niet`,
    );
    expect(readFileSync(junit, 'utf8')).toMatch(
      new RegExp(`name="content/stories/${story}">\\s*<failure message="municipality: verwijst`),
    );
    expect(existsSync(summary)).toBe(true);
    expect(readFileSync(summary, 'utf8')).toContain(
      `| \`content/stories/${story}\` | \`municipality\` |`,
    );
  });
});
