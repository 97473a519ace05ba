/**
 * `npm run bench:signup`: sustained signups per second and p99 latency at 50 concurrent
 * connections, for the real server (one process, and two processes on one store with
 * SITE_PROCESSES=2) and for a bare node:http + node:sqlite insert with the same
 * durability (WAL, synchronous=FULL) as the baseline (tests/bench/signup-baseline.ts); and the
 * real server on PostgreSQL (issue 18), with one instance and with two instances on one database
 * (the 50 connections split over both), on a throw-away cluster with durable commits (fsync on).
 * Each server runs in its own process, apart from this one (the load generator); the targets take
 * turns for several rounds and the figures are the medians. Writes docs/benchmarks.md.
 * BENCH_TARGETS=sqlite,sqlite2,baseline skips PostgreSQL. BENCH_PROFILE_DIR=<folder> writes a CPU
 * profile of the SQLite site's server there.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PostgresEngine } from '../../src/lib/registrations/postgres-engine.ts';
import { startPostgresCluster } from '../support/postgres-cluster.ts';
import { childrenOf, startServer, type RunningServer } from '../support/server-process.ts';
import { machineLine, startChildServer, today, writeSection } from './bench-support.ts';
import {
  connections,
  ensureTestBuild,
  formSecret,
  loadedServerEnv,
  measure,
  medianOf,
  signupBody,
  signupPath,
  storedRegistrations,
  type Measurement,
} from './signup-load.ts';

const duration = Number(process.env['BENCH_SECONDS'] ?? 10);
/**
 * Seconds of load each target gets before the rounds, not measured there: a server in use is
 * warm. The site's code path is long: V8 optimises about 800 of its functions with Turbofan in
 * the first 10–15 s of load, and its rate climbs for 15–25 s, from about two thirds of its steady
 * rate (docs/benchmarks.md). The bare baseline's few functions are hot at once. The warm-up runs
 * in slices whose rates are printed and written with the results, so the climb can be seen.
 */
const warmUp = Number(process.env['BENCH_WARMUP_SECONDS'] ?? 30);
const warmUpSlice = 5;
const rounds = Number(process.env['BENCH_ROUNDS'] ?? 3);

await ensureTestBuild();

const dataDir = mkdtempSync(path.join(tmpdir(), 'bench-'));
// BENCH_PROFILE_DIR=<folder>: the site's server writes a CPU profile there (node --cpu-prof).
const profileDir = process.env['BENCH_PROFILE_DIR'];
const server = await startServer(
  { ...loadedServerEnv, DATA_DIR: dataDir },
  profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
);
const secret = formSecret(dataDir);
const baselineServer = await startChildServer(
  path.join(import.meta.dirname, 'signup-baseline.ts'),
  [],
);

const targets = (
  process.env['BENCH_TARGETS'] ?? 'sqlite,sqlite2,baseline,postgres,postgres2'
).split(',');
/** The site as two processes on one SQLite file of its own (SITE_PROCESSES=2). */
const twoDir = mkdtempSync(path.join(tmpdir(), 'bench-'));
const twoProcesses = targets.includes('sqlite2')
  ? await startServer({ ...loadedServerEnv, DATA_DIR: twoDir, SITE_PROCESSES: '2' })
  : undefined;
/** Their CPU counts too: the first process and the two that serve. */
const twoPids = twoProcesses
  ? [twoProcesses.process.pid ?? 0, ...childrenOf(twoProcesses.process.pid ?? 0)]
  : [];
const withPostgres = targets.some((target) => target.startsWith('postgres'));
const cluster = withPostgres ? await startPostgresCluster({ durable: true }) : undefined;

/** A database of its own for a PostgreSQL target, and its form secret once a server made it. */
async function postgresTarget(database: string, instances: number) {
  if (!cluster) throw new Error('no cluster');
  const admin = new PostgresEngine(cluster.url, 1);
  await admin.run(`CREATE DATABASE ${database}`);
  await admin.close();
  const env = { ...loadedServerEnv, DATA_DIR: dataDir, DATABASE_URL: cluster.urlOf(database) };
  const servers: RunningServer[] = [];
  for (let i = 0; i < instances; i += 1) servers.push(await startServer(env));
  const engine = new PostgresEngine(cluster.urlOf(database), 1);
  const secret = String(
    (await engine.get("SELECT value FROM settings WHERE key = 'form-stamp'"))?.['value'],
  );
  return { servers, secret, engine };
}

/** Several servers at once, the connections split over them; one measurement of the whole. */
async function measureTogether(
  servers: RunningServer[],
  secret: string,
  seconds: number,
): Promise<Measurement> {
  const parts = await Promise.all(
    servers.map((one) =>
      measure(
        `${one.url}${signupPath}`,
        one.process.pid ?? 0,
        signupBody(secret),
        connections / servers.length,
        seconds,
      ),
    ),
  );
  const sum = (pick: (m: Measurement) => number) => parts.reduce((all, m) => all + pick(m), 0);
  const requests = sum((m) => m.requestsPerSecond);
  return {
    requestsPerSecond: requests,
    // The slower instance's p99 bounds the whole; p50 weighted by what each answered.
    p99: Math.max(...parts.map((m) => m.p99)),
    p50: sum((m) => m.p50 * m.requestsPerSecond) / Math.max(1, requests),
    errors: sum((m) => m.errors),
    non2xx3xx: sum((m) => m.non2xx3xx),
    cpuMicros: sum((m) => m.cpuMicros * m.requestsPerSecond) / Math.max(1, requests),
    confirmed: sum((m) => m.confirmed),
  };
}

const postgresOne = targets.includes('postgres') ? await postgresTarget('bench_one', 1) : undefined;
const postgresTwo = targets.includes('postgres2')
  ? await postgresTarget('bench_two', 2)
  : undefined;

const runs: Record<string, Measurement[]> = {};
const measureTarget: Record<string, (seconds: number) => Promise<Measurement>> = {
  sqlite: (seconds) =>
    measure(
      `${server.url}${signupPath}`,
      server.process.pid ?? 0,
      signupBody(secret),
      connections,
      seconds,
    ),
  sqlite2: (seconds) =>
    measure(
      `${twoProcesses?.url}${signupPath}`,
      twoPids,
      signupBody(formSecret(twoDir)),
      connections,
      seconds,
    ),
  baseline: (seconds) =>
    measure(
      `${baselineServer.url}/`,
      baselineServer.pid,
      signupBody('unused'),
      connections,
      seconds,
    ),
  postgres: (seconds) => measureTogether(postgresOne!.servers, postgresOne!.secret, seconds),
  postgres2: (seconds) => measureTogether(postgresTwo!.servers, postgresTwo!.secret, seconds),
};
/** Each target's confirmed signups over the whole run, warm-up included. */
const confirmedBy: Record<string, number> = {};
for (const [who, run] of Object.entries(measureTarget)) {
  measureTarget[who] = async (seconds) => {
    const measurement = await run(seconds);
    confirmedBy[who] = (confirmedBy[who] ?? 0) + measurement.confirmed;
    return measurement;
  };
}
/** Each target's rate in each slice of its warm-up. */
const warmUpRates: Record<string, number[]> = {};
try {
  for (const who of targets) {
    for (let done = 0; done < warmUp; done += warmUpSlice) {
      const slice = await measureTarget[who]!(Math.min(warmUpSlice, warmUp - done));
      (warmUpRates[who] ??= []).push(slice.requestsPerSecond);
    }
    console.info(
      `${who} warmed up: ${(warmUpRates[who] ?? []).map((r) => r.toFixed(0)).join(', ')} signups/s`,
    );
  }
  for (let round = 1; round <= rounds; round += 1) {
    // The order turns every round, so that no target always runs on a machine warmed by another.
    const shift = (round - 1) % targets.length;
    const order = [...targets.slice(shift), ...targets.slice(0, shift)];
    for (const who of order) {
      const measurement = await measureTarget[who]!(duration);
      (runs[who] ??= []).push(measurement);
      console.info(
        `round ${round}, ${who}: ${measurement.requestsPerSecond.toFixed(0)} signups/s, p99 ${measurement.p99} ms, ${measurement.cpuMicros.toFixed(0)} µs CPU per signup`,
      );
    }
  }
} finally {
  await server.stop();
  await twoProcesses?.stop();
  await baselineServer.stop();
  for (const target of [postgresOne, postgresTwo]) {
    for (const one of target?.servers ?? []) await one.stop();
  }
}
const storedIn = async (target: typeof postgresOne) =>
  target ? Number((await target.engine.get('SELECT COUNT(*) AS n FROM registrations'))?.['n']) : 0;
const storedPostgres = [await storedIn(postgresOne), await storedIn(postgresTwo)];
await postgresOne?.engine.close();
await postgresTwo?.engine.close();
cluster?.stop();
const stored = storedRegistrations(dataDir);
/**
 * Every signup the site confirmed must be stored: a repeat (an address used before) is answered
 * the same way without storing anything, and would measure a cheaper road than a signup.
 */
const storedBy: Record<string, number> = {
  sqlite: stored,
  sqlite2: twoProcesses ? storedRegistrations(twoDir) : 0,
  postgres: storedPostgres[0] ?? 0,
  postgres2: storedPostgres[1] ?? 0,
};
for (const who of targets.filter((target) => target !== 'baseline')) {
  if ((storedBy[who] ?? 0) < (confirmedBy[who] ?? 0)) {
    console.error(
      `${who}: ${confirmedBy[who]} signups confirmed but only ${storedBy[who]} stored; the figures are not of new signups.`,
    );
    process.exitCode = 1;
  }
}

const site = medianOf(runs['sqlite'] ?? []);
const baseline = medianOf(runs['baseline'] ?? []);
const ratio = site.requestsPerSecond / baseline.requestsPerSecond;
const row = (name: string, m: Measurement) =>
  `| ${name} | ${m.requestsPerSecond.toFixed(0)} | ${m.p50.toFixed(0)} ms | ${m.p99} ms | ${m.cpuMicros.toFixed(0)} µs | ${m.errors + m.non2xx3xx} |`;
const postgresRows = [
  ...(runs['postgres']
    ? [row('Site on PostgreSQL, one instance (DATABASE_URL)', medianOf(runs['postgres']))]
    : []),
  ...(runs['postgres2']
    ? [
        row(
          'Site on PostgreSQL, two instances on one database (25 connections each)',
          medianOf(runs['postgres2']),
        ),
      ]
    : []),
];
const ratioTo = (name: string) =>
  runs[name]
    ? `${(medianOf(runs[name]).requestsPerSecond / baseline.requestsPerSecond).toFixed(2)}`
    : 'not measured';
const heading = '## Signups (`npm run bench:signup`)';
const section = [
  heading,
  '',
  `Measured on ${today()} on ${machineLine()}. ${connections} connections, ${duration} s per run, ${rounds} rounds with site and baseline taking turns after ${warmUp} s of unmeasured load each (stored registrations include it); medians (errors summed over all runs). Site, baseline and autocannon each run in their own process. CPU per signup is the server process's own CPU time over the run divided by the requests it answered; the rest of a signup's time is mostly waiting for the disk (synchronous=FULL), which the site shares among the signups of one group commit and the baseline pays per insert.`,
  '',
  '| Target | Signups/s | p50 | p99 | CPU per signup | Errors |',
  '| --- | ---: | ---: | ---: | ---: | ---: |',
  row(
    'Site: POST /bijeenkomsten/…/aanmelden/ (validation, signed form, transaction, outbox, 303)',
    site,
  ),
  ...(runs['sqlite2']
    ? [
        row(
          'Site, two processes on one SQLite file (SITE_PROCESSES=2): the same POST',
          medianOf(runs['sqlite2']),
        ),
      ]
    : []),
  row('Baseline: bare node:http + node:sqlite insert (WAL, synchronous=FULL)', baseline),
  ...postgresRows,
  '',
  `Warm-up, signups/s in each ${warmUpSlice} s slice (not in the figures above): ${
    Object.entries(warmUpRates)
      .map(([who, rates]) => `${who} ${rates.map((rate) => rate.toFixed(0)).join(' → ')}`)
      .join('; ') || 'none'
  }.`,
  '',
  `Ratio site/baseline: **${ratio.toFixed(2)}**${runs['sqlite2'] ? ` with one process, **${ratioTo('sqlite2')}** with two (SITE_PROCESSES=2)` : ''} (aim: at least 0.5); CPU per signup, baseline/site: ${(baseline.cpuMicros / site.cpuMicros).toFixed(2)}. p99 of the site: **${site.p99} ms**${runs['sqlite2'] ? ` with one process, **${medianOf(runs['sqlite2']).p99} ms** with two` : ''} (aim: under 100 ms). Registrations stored by the site runs: ${stored}${runs['sqlite2'] ? ` (one process), ${storedBy['sqlite2']} (two); CPU per signup with two processes is that of all three (the first one keeps the rate limit)` : ''}.`,
  '',
  ...(withPostgres
    ? [
        `PostgreSQL (issue 18): a throw-away cluster of the machine's PostgreSQL (fsync on, synchronous_commit on), on the same two cores as everything else. Ratio to the baseline: one instance ${ratioTo('postgres')}, two instances ${ratioTo('postgres2')}. Registrations stored: ${storedPostgres.join(' and ')}. CPU per signup is the site processes' own; the database's CPU comes on top.`,
        '',
      ]
    : []),
  '',
].join('\n');
writeSection(heading, section);
console.info(section);
