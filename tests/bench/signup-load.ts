/**
 * What the signup benchmarks share: the load (real signup forms, each with a stamp made as the
 * form page would make it and an address never used before, posted by autocannon, with the server
 * process's CPU time per signup), the test build the servers run, and what a server's store says
 * (its form secret, how many registrations it holds).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import autocannon from 'autocannon';
import { issueStamp } from '../../src/lib/registrations/form-stamp.ts';
import { buildCopy, projectRoot } from '../support/project-copy.ts';
import { cpuMillis, median } from './bench-support.ts';

export const connections = 50;
export const eventId = 'ontbijtsessie-personeel-via-het-wsp';
export const campaignNow = new Date('2026-11-27T12:00:00+01:00');
export const signupPath = `/bijeenkomsten/${eventId}/aanmelden/`;
/**
 * The environment of a site server under the load: all of it comes from one address, which the
 * per-client limit would soon answer with 429 (a fast machine passes the tests' 100,000 within a
 * minute), so the limit is set to its highest.
 */
export const loadedServerEnv = { RATE_LIMIT_MAX: '1000000' };

export interface Measurement {
  requestsPerSecond: number;
  p99: number;
  p50: number;
  errors: number;
  non2xx3xx: number;
  /** CPU time of the server process (or processes) per signup, in microseconds. */
  cpuMicros: number;
  /** Signups answered with the confirmation (303). */
  confirmed: number;
}

/** `pid`: the server process, or all of them when several serve one port. */
export async function measure(
  url: string,
  pid: number | readonly number[],
  body: (n: number) => string,
  withConnections: number,
  seconds: number,
): Promise<Measurement> {
  let counter = 0;
  const pids = typeof pid === 'number' ? [pid] : pid;
  const cpu = () => pids.reduce((sum, one) => sum + cpuMillis(one), 0);
  const cpuBefore = cpu();
  const result = await autocannon({
    url,
    connections: withConnections,
    duration: seconds,
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
    cpuMicros: ((cpu() - cpuBefore) * 1000) / Math.max(1, result.requests.total),
    confirmed: result.statusCodeStats?.['303']?.count ?? 0,
  };
}

/** The median of each figure over several runs (errors and confirmed signups summed). */
export function medianOf(measurements: readonly Measurement[]): Measurement {
  const of = (pick: (m: Measurement) => number) => median(measurements.map(pick));
  const sum = (pick: (m: Measurement) => number) =>
    measurements.reduce((total, m) => total + pick(m), 0);
  return {
    requestsPerSecond: of((m) => m.requestsPerSecond),
    p50: of((m) => m.p50),
    p99: of((m) => m.p99),
    cpuMicros: of((m) => m.cpuMicros),
    errors: sum((m) => m.errors),
    non2xx3xx: sum((m) => m.non2xx3xx),
    confirmed: sum((m) => m.confirmed),
  };
}

/** Signups made so far by this run, over all targets and rounds: each has an address of its own. */
let signupsMade = 0;

export function signupBody(secret: string) {
  return (n: number) => {
    // The stamp is made as the form page would make it, ten seconds "earlier".
    const { token, stamp } = issueStamp(secret, eventId, new Date(campaignNow.getTime() - 10_000));
    signupsMade += 1;
    return new URLSearchParams({
      token,
      stamp,
      name: `Bench ${n}`,
      // Never an address used before: a repeat is answered without storing anything. The
      // token's last twelve digits are random (its first ones are its time).
      email: `bench-${signupsMade}-${token.slice(-12)}@example.nl`,
      organisation: 'Bench BV',
      municipality: 'amersfoort',
      attendees: '1',
      consent: 'ja',
    }).toString();
  };
}

/** Builds the test build (dist-test/) of the project at `root`, with the benchmarks' clock. */
export async function buildTestSite(root: string): Promise<void> {
  console.info(`Building ${root} for the benchmark ...`);
  const { status, output } = await buildCopy(root, {
    DIST_DIR: 'dist-test',
    CAMPAIGN_NOW: campaignNow.toISOString(),
  });
  if (status !== 0) throw new Error(`The build in ${root} failed:\n${output.slice(-4000)}`);
}

/** This project's test build, made unless it is there. */
export async function ensureTestBuild(): Promise<void> {
  if (!existsSync(path.join(projectRoot, 'dist-test/server/entry.mjs'))) {
    await buildTestSite(projectRoot);
  }
}

function readStore<T>(dataDir: string, sql: string): T {
  const db = new DatabaseSync(path.join(dataDir, 'signups.db'), { readOnly: true });
  try {
    return db.prepare(sql).get() as T;
  } finally {
    db.close();
  }
}

/** The secret a site server signs its forms with, from the store in its data directory. */
export function formSecret(dataDir: string): string {
  return readStore<{ value: string }>(
    dataDir,
    "SELECT value FROM settings WHERE key = 'form-stamp'",
  ).value;
}

/** How many registrations the store in a server's data directory holds. */
export function storedRegistrations(dataDir: string): number {
  return readStore<{ n: number }>(dataDir, 'SELECT COUNT(*) AS n FROM registrations').n;
}
