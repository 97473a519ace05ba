/**
 * What the benchmark scripts share: a baseline server started in its own process (so it never
 * shares a core's event loop with the load generator), the median of several rounds, a line
 * naming the machine, and writing one section of docs/benchmarks.md.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import path from 'node:path';
import { projectRoot } from '../support/content-files.ts';

export interface ChildServer {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/**
 * CPU time (user + system) a process has used so far, in milliseconds, from /proc (Linux);
 * NaN elsewhere. Per request it is a steadier figure than requests/s on a machine shared with
 * other work, which takes cores away from both sides at random.
 */
export function cpuMillis(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    const ticksPerSecond = 100;
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
  } catch {
    return Number.NaN;
  }
}

/**
 * Runs `script` with `args` in a new Node process; the script listens on a free port of
 * 127.0.0.1 and prints `listening <port>` once it is ready.
 */
export async function startChildServer(script: string, args: string[]): Promise<ChildServer> {
  const child: ChildProcess = spawn(process.execPath, [script, ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening (\d+)/.exec(output);
      if (match) resolve(Number(match[1]));
    });
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}: ${output}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid ?? 0,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The machine and the load on it when the run started (other work skews the figures). */
export function machineLine(): string {
  const cpu = cpus();
  const load = loadavg()
    .map((value) => value.toFixed(1))
    .join(' / ');
  return `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, ${platform()} ${release()}, Node ${process.version}; load average at the start ${load}`;
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Replaces the section that starts with `heading` in docs/benchmarks.md (or adds it). */
export function writeSection(heading: string, section: string): void {
  const file = path.join(projectRoot, 'docs/benchmarks.md');
  const header =
    '# Benchmarks\n\nNumbers from the benchmark scripts; each section is rewritten by its script.\n\n';
  const existing = existsSync(file) ? readFileSync(file, 'utf8') : header;
  const pattern = new RegExp(`${escape(heading)}\\n[\\s\\S]*?(?=\\n## |$)`);
  const updated = pattern.test(existing)
    ? existing.replace(pattern, `${section.trimEnd()}\n`)
    : `${existing.trimEnd()}\n\n${section.trimEnd()}\n`;
  writeFileSync(file, updated);
}
