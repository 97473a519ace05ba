/**
 * `npm run bench:static`: requests per second for a pre-rendered page (the home page), served by
 * the real server from the build, against a bare in-memory node:http server with the same bytes
 * (tests/bench/static-baseline.ts). Each server runs in its own process, apart from the load
 * generator; site and baseline take turns, and the figures are the median of the rounds.
 * Writes its section of docs/benchmarks.md. BENCH_PROFILE_DIR=<folder> writes a CPU profile of the
 * site's server there.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { projectRoot } from '../support/content-files.ts';
import { startServer } from '../support/server-process.ts';
import {
  cpuMillis,
  machineLine,
  median,
  startChildServer,
  today,
  writeSection,
} from './bench-support.ts';

const connections = 50;
const duration = Number(process.env['BENCH_SECONDS'] ?? 10);
const rounds = Number(process.env['BENCH_ROUNDS'] ?? 3);
const distDir = process.env['DIST_DIR'] ?? 'dist-test';

if (!existsSync(path.join(projectRoot, distDir, 'server/entry.mjs'))) {
  console.info(`Building the site into ${distDir} for the benchmark...`);
  const astro = path.join(projectRoot, 'node_modules/astro/bin/astro.mjs');
  const build = spawnSync(process.execPath, [astro, 'build'], {
    cwd: projectRoot,
    stdio: 'inherit',
    env: { ...process.env, DIST_DIR: distDir },
  });
  if (build.status !== 0) process.exit(1);
}

interface Target {
  name: string;
  headers: Record<string, string>;
}

const targets: Target[] = [
  { name: 'Home page, uncompressed', headers: {} },
  { name: 'Home page, brotli', headers: { 'accept-encoding': 'gzip, deflate, br' } },
];

interface Run {
  requestsPerSecond: number;
  /** CPU time of the server process per request, in microseconds. */
  cpuMicros: number;
}

async function run(url: string, pid: number, target: Target): Promise<Run> {
  const cpuBefore = cpuMillis(pid);
  const result = await autocannon({ url, connections, duration, headers: target.headers });
  const failed = result.errors + result.timeouts + result.non2xx;
  if (failed > 0) throw new Error(`${url} (${target.name}): ${failed} failed requests`);
  return {
    requestsPerSecond: result.requests.average,
    cpuMicros: ((cpuMillis(pid) - cpuBefore) * 1000) / result.requests.total,
  };
}

// BENCH_PROFILE_DIR=<folder>: the site's server writes a CPU profile there (node --cpu-prof).
const profileDir = process.env['BENCH_PROFILE_DIR'];
const site = await startServer(
  { DIST_DIR: distDir, DATA_DIR: mkdtempSync(path.join(tmpdir(), 'bench-static-')) },
  profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
);
const baseline = await startChildServer(path.join(import.meta.dirname, 'static-baseline.ts'), [
  path.join(projectRoot, distDir, 'client/index.html'),
]);

const figures = targets.map(() => ({ site: [] as Run[], baseline: [] as Run[] }));
try {
  for (let round = 1; round <= rounds; round += 1) {
    for (const [index, target] of targets.entries()) {
      // Who goes first alternates, so neither always runs on a machine warmed by the other.
      const order = round % 2 ? (['site', 'baseline'] as const) : (['baseline', 'site'] as const);
      for (const who of order) {
        const server = who === 'site' ? { url: site.url, pid: site.process.pid ?? 0 } : baseline;
        const value = await run(`${server.url}/`, server.pid, target);
        figures[index]![who].push(value);
        console.info(
          `round ${round}, ${target.name}, ${who}: ${value.requestsPerSecond.toFixed(0)} requests/s, ${value.cpuMicros.toFixed(0)} µs CPU per request`,
        );
      }
    }
  }
} finally {
  await site.stop();
  await baseline.stop();
}

const rows = targets.map((target, index) => {
  const { site: siteRuns, baseline: baselineRuns } = figures[index]!;
  const rate = (runs: Run[]) => median(runs.map((r) => r.requestsPerSecond));
  const cpu = (runs: Run[]) => median(runs.map((r) => r.cpuMicros));
  return `| ${target.name} | ${rate(siteRuns).toFixed(0)} | ${rate(baselineRuns).toFixed(0)} | ${(rate(siteRuns) / rate(baselineRuns)).toFixed(2)}× | ${cpu(siteRuns).toFixed(0)} µs | ${cpu(baselineRuns).toFixed(0)} µs | ${(cpu(baselineRuns) / cpu(siteRuns)).toFixed(2)}× |`;
});
const heading = '## Static serving (`npm run bench:static`)';
const section = [
  heading,
  '',
  `Measured on ${today()} on ${machineLine()}. GET / at ${connections} connections, ${duration} s per run, ${rounds} rounds with site and baseline taking turns; medians. The site is \`node src/server/start.ts\` on the build in \`${distDir}/\`; the baseline is a bare node:http server answering with the same page from memory (tests/bench/static-baseline.ts). Each runs in its own process, autocannon in a third. CPU per request is the server process's own CPU time (user + system) over the run, divided by the requests it answered: on a shared machine a steadier figure than requests/s.`,
  '',
  '| Request | Site, requests/s | Baseline, requests/s | Ratio | Site, CPU per request | Baseline, CPU per request | Ratio (baseline/site) |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows,
  '',
].join('\n');
writeSection(heading, section);
console.info(section);
