/**
 * `BENCH_AB_REV=<revision> npm run bench:signup-ab`: signups on this tree against the same on
 * another revision (a commit before a change), to see what the change did. Both sites are built
 * (each its own dist-test/, this tree's rebuilt so that it is current) and run at once, each with
 * its own store; after a warm-up each they are loaded in turn, and the order is swapped every
 * round, so that a machine that speeds up or slows down meets both alike. On a shared machine
 * one run's rounds can differ by a quarter: a difference counts when one side wins most rounds,
 * not when one median is higher. Writes the medians and the rounds won to docs/benchmarks.md.
 *
 * The other revision is checked out with `git worktree` and runs on this tree's node_modules.
 * BENCH_ROUNDS (8), BENCH_SECONDS (6) and BENCH_WARMUP_SECONDS (20) change the run.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildCopy, projectRoot } from '../support/project-copy.ts';
import { startServer, type RunningServer } from '../support/server-process.ts';
import { machineLine, median, today, writeSection } from './bench-support.ts';
import {
  campaignNow,
  connections,
  formSecret,
  measure,
  signupBody,
  signupPath,
  type Measurement,
} from './signup-load.ts';

const revision = process.env['BENCH_AB_REV'];
if (!revision) {
  console.error('Set BENCH_AB_REV to the revision to compare with, e.g. BENCH_AB_REV=HEAD~1.');
  process.exit(2);
}
const rounds = Number(process.env['BENCH_ROUNDS'] ?? 8);
const seconds = Number(process.env['BENCH_SECONDS'] ?? 6);
const warmUp = Number(process.env['BENCH_WARMUP_SECONDS'] ?? 20);

const git = (...args: string[]) =>
  execFileSync('git', args, { cwd: projectRoot, encoding: 'utf8' }).trim();

interface Side {
  label: string;
  server: RunningServer;
  secret: string;
  runs: Measurement[];
}

async function build(root: string): Promise<void> {
  const { status, output } = await buildCopy(root, {
    DIST_DIR: 'dist-test',
    CAMPAIGN_NOW: campaignNow.toISOString(),
  });
  if (status !== 0) throw new Error(`The build in ${root} failed:\n${output.slice(-4000)}`);
}

async function startSide(label: string, root: string): Promise<Side> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'bench-ab-'));
  const server = await startServer({ DATA_DIR: dataDir }, [], root);
  return { label, server, secret: formSecret(dataDir), runs: [] };
}

const load = (side: Side, duration: number) =>
  measure(
    `${side.server.url}${signupPath}`,
    side.server.process.pid ?? 0,
    signupBody(side.secret),
    connections,
    duration,
  );

const commit = git('rev-parse', '--short', revision);
const current = git('rev-parse', '--short', 'HEAD');
const changed = git('status', '--porcelain', '--untracked-files=no')
  ? ' with uncommitted changes'
  : '';
const otherRoot = path.join(mkdtempSync(path.join(tmpdir(), 'bench-ab-tree-')), 'tree');
git('worktree', 'add', '--detach', otherRoot, commit);
const sides: Side[] = [];
try {
  symlinkSync(path.join(projectRoot, 'node_modules'), path.join(otherRoot, 'node_modules'));
  console.info(`Building ${commit} and this tree (${current}${changed}) ...`);
  await build(otherRoot);
  await build(projectRoot);
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
      if (measurement.errors || measurement.non2xx3xx) {
        throw new Error(
          `${side.label}: ${measurement.errors} errors, ${measurement.non2xx3xx} bad answers`,
        );
      }
      side.runs.push(measurement);
      console.info(
        `round ${round}, ${side.label}: ${measurement.requestsPerSecond.toFixed(0)} signups/s, ${measurement.cpuMicros.toFixed(0)} µs CPU per signup`,
      );
    }
  }
  const wins = after.runs.filter(
    (run, index) => run.requestsPerSecond > (before.runs[index]?.requestsPerSecond ?? 0),
  ).length;
  const row = (side: Side) =>
    `| ${side.label} | ${median(side.runs.map((run) => run.requestsPerSecond)).toFixed(0)} | ${median(side.runs.map((run) => run.cpuMicros)).toFixed(0)} µs | ${median(side.runs.map((run) => run.p99)).toFixed(0)} ms |`;
  const heading = '## Signups: this tree against an earlier revision (`npm run bench:signup-ab`)';
  writeSection(
    heading,
    [
      heading,
      '',
      `Measured on ${today()} on ${machineLine()}. Both built and running at once, each with its own store; ${warmUp} s of unmeasured load each, then ${rounds} rounds of ${seconds} s at ${connections} connections, loaded in turn with the order swapped every round; medians.`,
      '',
      '| Revision | Signups/s | CPU per signup | p99 |',
      '| --- | ---: | ---: | ---: |',
      row(before),
      row(after),
      '',
      `${after.label} answered more signups per second than ${commit} in **${wins} of ${rounds}** rounds.`,
    ].join('\n'),
  );
  console.info(`${after.label} faster than ${commit} in ${wins} of ${rounds} rounds`);
} finally {
  for (const side of sides) await side.server.stop();
  git('worktree', 'remove', '--force', otherRoot);
  rmSync(path.dirname(otherRoot), { recursive: true, force: true });
}
