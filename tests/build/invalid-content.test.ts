/**
 * The build refuses invalid content with the file and the field named. Each case builds a
 * throw-away copy of the project with one broken content file; the real content/ is never touched.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import yaml from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../support/content-files.ts';

const copies: string[] = [];

function copyProject(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'site-build-'));
  copies.push(dir);
  for (const entry of [
    'src',
    'content',
    'public',
    'astro.config.mjs',
    'tsconfig.json',
    'package.json',
  ]) {
    cpSync(path.join(projectRoot, entry), path.join(dir, entry), { recursive: true });
  }
  symlinkSync(path.join(projectRoot, 'node_modules'), path.join(dir, 'node_modules'));
  return dir;
}

/** Changes the front matter of a Markdown content file in the copy. */
function editFrontMatter(
  dir: string,
  file: string,
  change: (data: Record<string, unknown>) => void,
) {
  const full = path.join(dir, file);
  const [, frontMatter = '', body = ''] =
    /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(full, 'utf8')) ?? [];
  const data = yaml.load(frontMatter) as Record<string, unknown>;
  change(data);
  writeFileSync(full, `---\n${yaml.dump(data)}---\n${body}`);
}

function build(dir: string) {
  const result = spawnSync(
    process.execPath,
    [path.join(dir, 'node_modules/astro/bin/astro.mjs'), 'build'],
    {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', DIST_DIR: 'dist', NO_COLOR: '1' },
    },
  );
  // Colours (which some terminals and CI force on) would split the words the tests look for.
  const output = `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
  return { status: result.status, output };
}

afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

describe('the build with invalid content', () => {
  it('fails on a reference to a municipality that does not exist, naming file and field', () => {
    const dir = copyProject();
    editFrontMatter(dir, 'content/stories/de-blauwe-paraplu.md', (data) => {
      data['municipality'] = 'amersfort';
    });
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('content/stories/de-blauwe-paraplu.md → municipality');
    expect(output).toContain('verwijst naar "amersfort" in Gemeenten, maar dat bestaat niet');
  });

  it('fails on a missing alt text, naming file and field in Dutch', () => {
    const dir = copyProject();
    editFrontMatter(dir, 'content/stories/de-blauwe-paraplu.md', (data) => {
      (data['hero'] as Record<string, unknown>)['alt'] = '';
    });
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('content/stories/de-blauwe-paraplu.md');
    expect(output).toContain('hero.alt: Hoofdafbeelding: beschrijf wat er op de afbeelding staat');
  });
});
