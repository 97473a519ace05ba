/**
 * `BENCH_AB_REV=<revision> npm run bench:signup-ab`: signups on this tree against the same on
 * another revision (a commit before a change), to see what the change did to the site's code.
 * Both sites are built (each its own dist-test/, this tree's rebuilt so that it is current) and
 * run at once, each with its own store; after a warm-up each they are loaded in turn, and the
 * order is swapped every round, so that a machine that speeds up or slows down meets both alike.
 *
 * On a shared machine one run's rounds can differ by a quarter, so the verdict is the number of
 * rounds this tree won (a tie counts as lost), with the chance of winning at least that many if
 * each round were a coin toss: 6 of 8 or more happens by chance 14.5 % of the time, 7 or more
 * 3.5 %, 8 of 8 0.4 %. Only a small chance says the change did something.
 *
 * What it does not compare: both sides are started the same way, by this tree's test support
 * (`node src/server/start.ts`, no Node flags, the same environment), loaded by this tree's load
 * generator, and run on this tree's node_modules. A change to how the server is launched (say a
 * Node flag in package.json's `start`) or to the dependencies is not measured by it; the script
 * says so when package.json or package-lock.json differ.
 *
 * BENCH_ROUNDS (8, made even), BENCH_SECONDS (6) and BENCH_WARMUP_SECONDS (20) change the run.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { projectRoot } from '../support/project-copy.ts';
import { startServer, type RunningServer } from '../support/server-process.ts';
import { machineLine, today, writeSection } from './bench-support.ts';
import {
  buildTestSite,
  connections,
  formSecret,
  loadedServerEnv,
  measure,
  medianOf,
  signupBody,
  signupPath,
  storedRegistrations,
  type Measurement,
} from './signup-load.ts';

const revision = process.env['BENCH_AB_REV'];
if (!revision) {
  console.error('Set BENCH_AB_REV to the revision to compare with, e.g. BENCH_AB_REV=HEAD~1.');
  process.exit(2);
}
// Even, so that each side goes first equally often.
const rounds = Math.ceil(Number(process.env['BENCH_ROUNDS'] ?? 8) / 2) * 2;
const seconds = Number(process.env['BENCH_SECONDS'] ?? 6);
const warmUp = Number(process.env['BENCH_WARMUP_SECONDS'] ?? 20);

const git = (...args: string[]) =>
  execFileSync('git', args, { cwd: projectRoot, encoding: 'utf8' }).trim();

/** What the site is made of: a change elsewhere (tests, docs) is not a change to compare. */
const sitePaths = ['src', 'public', 'content', 'admin', 'astro.config.mjs', 'package.json'];

/** The chance of at least `wins` wins in `rounds` coin tosses. */
function chanceOfAtLeast(wins: number, rounds: number): number {
  let ways = 0;
  let choose = 1;
  for (let k = 0; k <= rounds; k += 1) {
    if (k >= wins) ways += choose;
    choose = (choose * (rounds - k)) / (k + 1);
  }
  return ways / 2 ** rounds;
}

interface Side {
  label: string;
  dataDir: string;
  server: RunningServer;
  secret: string;
  runs: Measurement[];
  confirmed: number;
}

async function startSide(label: string, root: string): Promise<Side> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'bench-ab-'));
  const server = await startServer({ ...loadedServerEnv, DATA_DIR: dataDir }, [], root);
  return { label, dataDir, server, secret: formSecret(dataDir), runs: [], confirmed: 0 };
}

async function load(side: Side, duration: number): Promise<Measurement> {
  const measurement = await measure(
    `${side.server.url}${signupPath}`,
    side.server.process.pid ?? 0,
    signupBody(side.secret),
    connections,
    duration,
  );
  side.confirmed += measurement.confirmed;
  if (measurement.errors || measurement.non2xx3xx) {
    throw new Error(
      `${side.label}: ${measurement.errors} errors, ${measurement.non2xx3xx} bad answers`,
    );
  }
  return measurement;
}

const commit = git('rev-parse', '--short', `${revision}^{commit}`);
const current = git('rev-parse', '--short', 'HEAD');
const changed = git('status', '--porcelain', '--', ...sitePaths) ? ' with uncommitted changes' : '';
if (git('diff', '--name-only', commit, '--', 'package.json', 'package-lock.json')) {
  console.warn(
    `package.json or package-lock.json differ from ${commit}: both sides run on this tree's node_modules and start script.`,
  );
}

const treeDir = mkdtempSync(path.join(tmpdir(), 'bench-ab-tree-'));
const otherRoot = path.join(treeDir, 'tree');
const sides: Side[] = [];
let cleanedUp = false;
async function cleanUp(): Promise<void> {
  if (cleanedUp) return;
  cleanedUp = true;
  for (const side of sides) {
    await side.server.stop();
    rmSync(side.dataDir, { recursive: true, force: true });
  }
  try {
    git('worktree', 'remove', '--force', otherRoot);
  } catch {
    // Not added, or already gone: the folder goes below, and prune forgets a stale entry.
  }
  rmSync(treeDir, { recursive: true, force: true });
  git('worktree', 'prune');
}
process.once('SIGINT', () => void cleanUp().finally(() => process.exit(130)));

try {
  git('worktree', 'add', '--detach', otherRoot, commit);
  symlinkSync(path.join(projectRoot, 'node_modules'), path.join(otherRoot, 'node_modules'));
  await buildTestSite(otherRoot);
  await buildTestSite(projectRoot);
  const before = await startSide(commit, otherRoot);
  sides.push(before);
  const after = await startSide(`${current}${changed}`, projectRoot);
  sides.push(after);
  for (const side of sides) {
    await load(side, warmUp);
    console.info(`${side.label}: warmed up for ${warmUp} s`);
  }
  for (let round = 1; round <= rounds; round += 1) {
    for (const side of round % 2 ? sides : [...sides].reverse()) {
      const measurement = await load(side, seconds);
      side.runs.push(measurement);
      console.info(
        `round ${round}, ${side.label}: ${measurement.requestsPerSecond.toFixed(0)} signups/s, ${measurement.cpuMicros.toFixed(0)} µs CPU per signup`,
      );
    }
  }
  // A signup confirmed but not stored was a repeat, a cheaper road: the figures would lie.
  for (const side of sides) {
    const stored = storedRegistrations(side.dataDir);
    if (stored < side.confirmed) {
      throw new Error(`${side.label}: ${side.confirmed} signups confirmed, ${stored} stored`);
    }
  }
  // Each side has one run per round, in round order, whichever went first.
  const wins = after.runs.filter(
    (run, index) => run.requestsPerSecond > (before.runs[index]?.requestsPerSecond ?? 0),
  ).length;
  const chance = chanceOfAtLeast(wins, rounds);
  const row = (side: Side) => {
    const m = medianOf(side.runs);
    return `| ${side.label} | ${m.requestsPerSecond.toFixed(0)} | ${m.cpuMicros.toFixed(0)} µs | ${m.p99.toFixed(0)} ms |`;
  };
  const verdict = `${after.label} answered more signups per second than ${commit} in **${wins} of ${rounds}** rounds; at least as many wins by chance alone: ${(chance * 100).toFixed(1)} %.`;
  const heading = '## Signups: this tree against an earlier revision (`npm run bench:signup-ab`)';
  writeSection(
    heading,
    [
      heading,
      '',
      `Measured on ${today()} on ${machineLine()}. Both built and running at once, each with its own store, both started by this tree's test support on its node_modules; ${warmUp} s of unmeasured load each, then ${rounds} rounds of ${seconds} s at ${connections} connections, loaded in turn with the order swapped every round; medians. "Uncommitted changes" means changes to the site's own files (${sitePaths.join(', ')}).`,
      '',
      '| Revision | Signups/s | CPU per signup | p99 |',
      '| --- | ---: | ---: | ---: |',
      row(before),
      row(after),
      '',
      verdict,
    ].join('\n'),
  );
  console.info(verdict.replaceAll('**', ''));
} finally {
  await cleanUp();
}
