/**
 * The command `npm start` runs, read from package.json: the one place that says how the server
 * process is started (its Node flags included). Tests, benchmarks, Playwright and the Dockerfile
 * start the server the same way (tests/pipeline/dockerfile.test.ts holds the Dockerfile to it).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

const projectRoot = path.resolve(import.meta.dirname, '../..');

export interface StartCommand {
  /** The Node flags before the script, e.g. the young generation's size (README, Operations). */
  nodeFlags: string[];
  /** The script, relative to the project root. */
  script: string;
}

export function startCommand(): StartCommand {
  const pkg = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const words = (pkg.scripts['start'] ?? '').split(' ').filter(Boolean);
  const scriptAt = words.findIndex((word) => word.endsWith('.ts'));
  if (words[0] !== 'node' || scriptAt < 1 || scriptAt !== words.length - 1) {
    throw new Error(`npm start is not "node [flags] <script>.ts": ${words.join(' ')}`);
  }
  return { nodeFlags: words.slice(1, scriptAt), script: words[scriptAt] ?? '' };
}
