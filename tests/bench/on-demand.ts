/**
 * `npm run bench:on-demand`: what the first on-demand request costs at scale (issue 15, point 5).
 * Builds a copy of the project with N generated stories (BENCH_STORIES, 2,000 by default; without
 * the per-entry share images, which are no part of this), starts its server, and measures the
 * first request to an event's signup page after the start: the time it takes, the server's
 * resident memory after it, and the largest chunks under dist/server. Writes its section of
 * docs/benchmarks.md. Takes minutes: not part of `npm test` (tests/e2e/on-demand-modules.spec.ts
 * holds the budget that does not depend on the machine).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { machineLine, today, writeSection } from './bench-support.ts';
import { writeGeneratedStories } from '../support/generated-stories.ts';
import { buildCopy, copyProject } from '../support/project-copy.ts';

const stories = Number(process.env['BENCH_STORIES'] ?? 2000);
const port = Number(process.env['BENCH_PORT'] ?? 4390);
const signupPath = '/bijeenkomsten/ontbijtsessie-personeel-via-het-wsp/aanmelden/';
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;

/** Resident memory of a process in bytes, from /proc (Linux). */
function rssOf(pid: number): number {
  const line = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return Number(line?.[1] ?? Number.NaN) * 1024;
}

function filesUnder(dir: string): { file: string; bytes: number }[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const file = path.join(entry.parentPath, entry.name);
      return { file: path.relative(dir, file), bytes: statSync(file).size };
    });
}

const dir = copyProject('bench-on-demand-');
rmSync(path.join(dir, 'src/pages/deel/[collection]'), { recursive: true });
const dataDir = mkdtempSync(path.join(tmpdir(), 'bench-on-demand-data-'));
try {
  console.info(`Writing ${stories} generated stories into ${dir} ...`);
  await writeGeneratedStories(path.join(dir, 'content'), stories);
  console.info('Building (this takes minutes) ...');
  const { status, output } = await buildCopy(dir, { CAMPAIGN_NOW: '2026-11-27T12:00:00Z' });
  if (status !== 0) throw new Error(`The build failed:\n${output.slice(-4000)}`);
  const chunks = filesUnder(path.join(dir, 'dist/server')).sort((a, b) => b.bytes - a.bytes);

  const child = spawn(process.execPath, [path.join(dir, 'src/server/start.ts')], {
    cwd: dir,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DIST_DIR: 'dist',
      DATA_DIR: dataDir,
      CAMPAIGN_NOW: '2026-11-27T12:00:00Z',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('The site runs at')) resolve();
      });
      child.once('exit', (code) => reject(new Error(`The server exited with ${code}`)));
    });
    const pid = child.pid ?? 0;
    const rssAtStart = rssOf(pid);
    const started = performance.now();
    const response = await fetch(`http://127.0.0.1:${port}${signupPath}`);
    await response.text();
    const firstMs = performance.now() - started;
    if (response.status !== 200) throw new Error(`${signupPath} answered ${response.status}`);
    const rssAfter = rssOf(pid);
    const again = performance.now();
    await (await fetch(`http://127.0.0.1:${port}${signupPath}`)).text();
    const secondMs = performance.now() - again;

    const section = [
      '## On-demand routes at scale (`npm run bench:on-demand`)',
      '',
      `Measured on ${today()} on ${machineLine()}. A copy of the project with ${stories} generated stories plus the shipped content (without the per-entry share images), built, then its server started; the first request after the start is GET ${signupPath}.`,
      '',
      '| Measure | Value |',
      '| --- | ---: |',
      `| First on-demand request after the start | ${Math.round(firstMs)} ms |`,
      `| The same request again | ${Math.round(secondMs)} ms |`,
      `| Server's resident memory before it | ${mib(rssAtStart)} |`,
      `| Server's resident memory after it | ${mib(rssAfter)} |`,
      `| dist/server, all files | ${mib(chunks.reduce((sum, chunk) => sum + chunk.bytes, 0))} |`,
      '',
      'The largest files under dist/server:',
      '',
      ...chunks.slice(0, 10).map((chunk) => `- ${chunk.file}: ${kib(chunk.bytes)}`),
      '',
    ].join('\n');
    console.info(section);
    if (process.env['BENCH_WRITE'] !== '0') {
      writeSection('## On-demand routes at scale (`npm run bench:on-demand`)', section);
    }
  } finally {
    child.kill('SIGTERM');
  }
} finally {
  if (process.env['BENCH_KEEP'] !== '1') rmSync(dir, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
}
