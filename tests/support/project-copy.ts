/**
 * Throw-away copies of the project for tests that change content (broken-content builds, the CMS
 * writing entries): the real content/ is never touched. node_modules is linked, not copied.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const projectRoot = path.resolve(import.meta.dirname, '../..');

/** What a build needs: sources, content, the CMS configuration, public files and settings. */
const buildInputs = [
  'src',
  'admin',
  'content',
  'public',
  'astro.config.mjs',
  'tsconfig.json',
  'package.json',
];

/** A fresh copy of the project in a temporary folder; remove it when done. */
export function copyProject(prefix = 'site-copy-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  for (const entry of buildInputs) {
    cpSync(path.join(projectRoot, entry), path.join(dir, entry), { recursive: true });
  }
  symlinkSync(path.join(projectRoot, 'node_modules'), path.join(dir, 'node_modules'));
  return dir;
}

/** Runs `astro build` in a copy (into its own dist/) and returns the exit status and output. */
export function buildCopy(
  dir: string,
  env: Record<string, string> = {},
): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [path.join(dir, 'node_modules/astro/bin/astro.mjs'), 'build'],
      {
        cwd: dir,
        env: {
          ...process.env,
          ASTRO_TELEMETRY_DISABLED: '1',
          DIST_DIR: 'dist',
          NO_COLOR: '1',
          ...env,
        },
      },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    // Colours (which some terminals and CI force on) would split the words tests look for.
    child.on('close', (status) =>
      resolve({ status, output: output.replace(/\u001b\[[0-9;]*m/g, '') }),
    );
  });
}
