/**
 * Starts the real server (`node src/server/start.ts`) as a child process on a free port, against
 * the test build in dist-test/, for tests that need to kill it or give it its own configuration.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import type { HealthReport } from '../../src/server/health.ts';
import { projectRoot } from './content-files.ts';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export interface RunningServer {
  url: string;
  process: ChildProcess;
  /** Everything the server printed, to check that no personal data reaches the log. */
  output(): string;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/**
 * `nodeArgs` go before the script (e.g. `--import` of a test hook); `root` is the project whose
 * server and test build run (another checkout, for a benchmark that compares two).
 */
export async function startServer(
  env: Record<string, string>,
  nodeArgs: string[] = [],
  root = projectRoot,
): Promise<RunningServer> {
  const port = await freePort();
  const child = spawn(process.execPath, [...nodeArgs, path.join(root, 'src/server/start.ts')], {
    cwd: root,
    env: {
      ...process.env,
      DIST_DIR: 'dist-test',
      HOST: '127.0.0.1',
      PORT: String(port),
      CAMPAIGN_NOW: '2026-11-27T12:00:00+01:00',
      FORM_MIN_SECONDS: '0',
      RATE_LIMIT_MAX: '100000',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Server exited early:\n${output}`);
    try {
      // Up when it answers and has said so: with SITE_PROCESSES that line comes once every
      // process listens, where /healthz answers as soon as the first one does.
      if ((await fetch(`${url}/healthz`)).ok && output.includes('The site runs at')) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      // Not left running: on a loaded machine it may still come up after the test gave up.
      child.kill('SIGKILL');
      throw new Error(`Server did not start within 30 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    process: child,
    output: () => output,
    stop: (signal = 'SIGTERM') =>
      new Promise((resolve) => {
        // Ended already (by itself, or killed by a signal): its exit event has been and gone.
        if (child.exitCode !== null || child.signalCode !== null) return resolve(child.exitCode);
        child.once('exit', (code) => resolve(code));
        child.kill(signal);
      }),
  };
}

/** Runs the server with this environment until it exits by itself (it must, within 20 seconds). */
export async function runServerToExit(
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [path.join(projectRoot, 'src/server/start.ts')], {
    cwd: projectRoot,
    env: { ...process.env, DIST_DIR: 'dist-test', HOST: '127.0.0.1', PORT: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  clearTimeout(timer);
  return { code, stdout, stderr };
}

/** The server's `/healthz` report. */
export async function health(url: string): Promise<HealthReport> {
  return (await (await fetch(`${url}/healthz`)).json()) as HealthReport;
}

/**
 * The processes whose parent is `pid` (Linux /proc): with SITE_PROCESSES, the serving processes
 * of the site's first process.
 */
export function childrenOf(pid: number): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((entry) => {
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
        return Number(stat.split(') ')[1]?.split(' ')[1]) === pid;
      } catch {
        return false; // ended meanwhile
      }
    })
    .map(Number);
}
