/**
 * `npm run bench:signup`: sustained signups per second and p99 latency at 50 concurrent
 * connections, for the real server and for a bare node:http + node:sqlite insert with the same
 * durability (WAL, synchronous=FULL) as the baseline (tests/bench/signup-baseline.ts). Each
 * server runs in its own process, apart from this one (the load generator); site and baseline
 * take turns for several rounds and the figures are the medians. Writes docs/benchmarks.md.
 * BENCH_PROFILE_DIR=<folder> writes a CPU profile of the site's server there.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import autocannon from 'autocannon';
import { issueStamp } from '../../src/lib/registrations/form-stamp.ts';
import { startServer } from '../support/server-process.ts';
import { projectRoot } from '../support/content-files.ts';
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
const eventId = 'ontbijtsessie-personeel-via-het-wsp';
const campaignNow = new Date('2026-11-27T12:00:00+01:00');

interface Measurement {
  requestsPerSecond: number;
  p99: number;
  p50: number;
  errors: number;
  non2xx3xx: number;
  /** CPU time of the server process per signup, in microseconds. */
  cpuMicros: number;
}

async function measure(
  url: string,
  pid: number,
  body: (n: number) => string,
): Promise<Measurement> {
  let counter = 0;
  const cpuBefore = cpuMillis(pid);
  const result = await autocannon({
    url,
    connections,
    duration,
    requests: [
      {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          origin: new URL(url).origin,
        },
        setupRequest: (request) => ({ ...request, body: body((counter += 1)) }),
      },
    ],
  });
  const bad = result.non2xx - (result.statusCodeStats?.['303']?.count ?? 0);
  return {
    requestsPerSecond: result.requests.average,
    p99: result.latency.p99,
    p50: result.latency.p50,
    errors: result.errors + result.timeouts,
    non2xx3xx: Math.max(0, bad),
    cpuMicros: ((cpuMillis(pid) - cpuBefore) * 1000) / Math.max(1, result.requests.total),
  };
}

function signupBody(secret: string) {
  return (n: number) => {
    // The stamp is made as the form page would make it, ten seconds "earlier".
    const { token, stamp } = issueStamp(secret, eventId, new Date(campaignNow.getTime() - 10_000));
    return new URLSearchParams({
      token,
      stamp,
      name: `Bench ${n}`,
      email: `bench-${n}-${token.slice(0, 8)}@example.nl`,
      organisation: 'Bench BV',
      municipality: 'amersfoort',
      attendees: '1',
      consent: 'ja',
    }).toString();
  };
}

if (!existsSync(path.join(projectRoot, 'dist-test/server/entry.mjs'))) {
  console.info('Building the site for the benchmark...');
  const build = spawnSync(
    process.execPath,
    [path.join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build'],
    {
      cwd: projectRoot,
      stdio: 'inherit',
      env: { ...process.env, DIST_DIR: 'dist-test', CAMPAIGN_NOW: campaignNow.toISOString() },
    },
  );
  if (build.status !== 0) process.exit(1);
}

const dataDir = mkdtempSync(path.join(tmpdir(), 'bench-'));
// BENCH_PROFILE_DIR=<folder>: the site's server writes a CPU profile there (node --cpu-prof).
const profileDir = process.env['BENCH_PROFILE_DIR'];
const server = await startServer(
  { DATA_DIR: dataDir },
  profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
);
const secretRow = new DatabaseSync(path.join(dataDir, 'signups.db'), { readOnly: true })
  .prepare("SELECT value FROM settings WHERE key = 'form-stamp'")
  .get() as { value: string };
const baselineServer = await startChildServer(
  path.join(import.meta.dirname, 'signup-baseline.ts'),
  [],
);

const runs: { site: Measurement[]; baseline: Measurement[] } = { site: [], baseline: [] };
try {
  for (let round = 1; round <= rounds; round += 1) {
    // Who goes first alternates, so neither always runs on a machine warmed by the other.
    const order = round % 2 ? (['site', 'baseline'] as const) : (['baseline', 'site'] as const);
    for (const who of order) {
      const measurement =
        who === 'site'
          ? await measure(
              `${server.url}/bijeenkomsten/${eventId}/aanmelden/`,
              server.process.pid ?? 0,
              signupBody(secretRow.value),
            )
          : await measure(`${baselineServer.url}/`, baselineServer.pid, signupBody('unused'));
      runs[who].push(measurement);
      console.info(
        `round ${round}, ${who}: ${measurement.requestsPerSecond.toFixed(0)} signups/s, p99 ${measurement.p99} ms, ${measurement.cpuMicros.toFixed(0)} µs CPU per signup`,
      );
    }
  }
} finally {
  await server.stop();
  await baselineServer.stop();
}
const stored = (
  new DatabaseSync(path.join(dataDir, 'signups.db'), { readOnly: true })
    .prepare('SELECT COUNT(*) AS n FROM registrations')
    .get() as { n: number }
).n;

/** The median of each figure over the rounds. */
function medianOf(measurements: Measurement[]): Measurement {
  const of = (pick: (m: Measurement) => number) => median(measurements.map(pick));
  return {
    requestsPerSecond: of((m) => m.requestsPerSecond),
    p50: of((m) => m.p50),
    p99: of((m) => m.p99),
    cpuMicros: of((m) => m.cpuMicros),
    errors: measurements.reduce((sum, m) => sum + m.errors, 0),
    non2xx3xx: measurements.reduce((sum, m) => sum + m.non2xx3xx, 0),
  };
}
const site = medianOf(runs.site);
const baseline = medianOf(runs.baseline);
const ratio = site.requestsPerSecond / baseline.requestsPerSecond;
const row = (name: string, m: Measurement) =>
  `| ${name} | ${m.requestsPerSecond.toFixed(0)} | ${m.p50} ms | ${m.p99} ms | ${m.cpuMicros.toFixed(0)} µs | ${m.errors + m.non2xx3xx} |`;
const heading = '## Signups (`npm run bench:signup`)';
const section = [
  heading,
  '',
  `Measured on ${today()} on ${machineLine()}. ${connections} connections, ${duration} s per run, ${rounds} rounds with site and baseline taking turns; medians (errors summed over all runs). Site, baseline and autocannon each run in their own process. CPU per signup is the server process's own CPU time over the run divided by the requests it answered; the rest of a signup's time is mostly waiting for the disk (synchronous=FULL), which the site shares among the signups of one group commit and the baseline pays per insert.`,
  '',
  '| Target | Signups/s | p50 | p99 | CPU per signup | Errors |',
  '| --- | ---: | ---: | ---: | ---: | ---: |',
  row(
    'Site: POST /bijeenkomsten/…/aanmelden/ (validation, signed form, transaction, outbox, 303)',
    site,
  ),
  row('Baseline: bare node:http + node:sqlite insert (WAL, synchronous=FULL)', baseline),
  '',
  `Ratio site/baseline: **${ratio.toFixed(2)}** (aim: at least 0.5); CPU per signup, baseline/site: ${(baseline.cpuMicros / site.cpuMicros).toFixed(2)}. p99 of the site: **${site.p99} ms** (aim: under 100 ms). Registrations stored by the site runs: ${stored}.`,
  '',
].join('\n');
writeSection(heading, section);
console.info(section);
