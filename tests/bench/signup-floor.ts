/**
 * `npm run bench:signup-floor`: where a signup's time goes, layer by layer, against the bare
 * baseline of `npm run bench:signup`. The same load (real signup forms, 50 connections) is posted
 * to five targets:
 * - the baseline (bare node:http + node:sqlite insert, its own process);
 * - "page": an on-demand Astro page that answers 303 at once, through the site's own server
 *   (methods, rate limit, origin check, body read, security headers, Astro's adapter, router and
 *   middleware): the floor of any form post to this site;
 * - "action": a page that runs a form action the signup's way (runFormAction, the signup's own
 *   posted-form schema) whose handler does nothing and answers "done": the floor of a form on
 *   Astro Actions;
 * - "signup": the real signup (validation, signed form, rules, transaction, outbox, 303);
 * - "two processes": the real signup served by two copies of the site on one port (node:cluster),
 *   each with its own store: not a deployment (two stores would each hand out an event's places),
 *   but the most that spreading the work over both cores could give on this machine.
 * The probe page and action exist only in a throw-away copy of the project made for the run; the
 * site never ships them. Targets take turns, the order turning every round; medians.
 * Writes its section of docs/benchmarks.md. BENCH_ROUNDS (3), BENCH_SECONDS (10) and
 * BENCH_WARMUP_SECONDS (20) change the run.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { copyProject } from '../support/project-copy.ts';
import { freePort, startServer, type RunningServer } from '../support/server-process.ts';
import { machineLine, median, startChildServer, today, writeSection } from './bench-support.ts';
import {
  buildTestSite,
  connections,
  formSecret,
  loadedServerEnv,
  measure,
  signupBody,
  signupPath,
  storedRegistrations,
  type Measurement,
} from './signup-load.ts';

const rounds = Number(process.env['BENCH_ROUNDS'] ?? 3);
const seconds = Number(process.env['BENCH_SECONDS'] ?? 10);
const warmUp = Number(process.env['BENCH_WARMUP_SECONDS'] ?? 20);

const pagePath = '/bench-probe/pagina/';
const actionPath = '/bench-probe/actie/';

/** The probes, added to a copy of the project: a page that answers at once, and a no-op action. */
function addProbes(root: string): void {
  const pages = path.join(root, 'src/pages/bench-probe');
  mkdirSync(pages, { recursive: true });
  writeFileSync(
    path.join(pages, 'pagina.astro'),
    `---
export const prerender = false;
return new Response(null, { status: 303, headers: { location: '/', 'cache-control': 'no-store' } });
---
`,
  );
  writeFileSync(
    path.join(root, 'src/actions/bench-probe.ts'),
    `import { defineAction } from 'astro:actions';
import type { FormOutcome } from '../lib/registrations/form-outcome.ts';
import { postedFormSchema } from '../lib/registrations/signup-form.ts';

export const benchProbe = defineAction({
  accept: 'form',
  input: postedFormSchema,
  handler: (): FormOutcome => ({ kind: 'done', redirect: '/' }),
});
`,
  );
  const index = path.join(root, 'src/actions/index.ts');
  const source = readFileSync(index, 'utf8');
  const declaration = /export const server = \{ ([^}]+) \};/;
  if (!declaration.test(source))
    throw new Error(`${index} no longer declares \`server\` on one line`);
  writeFileSync(
    index,
    `import { benchProbe } from './bench-probe.ts';\n${source.replace(declaration, 'export const server = { $1, benchProbe };')}`,
  );
  writeFileSync(
    path.join(pages, 'actie.astro'),
    `---
import { actions } from 'astro:actions';
import { formAnswer, runFormAction } from '../../lib/registrations/form-answer.ts';
export const prerender = false;
const answer = formAnswer(Astro, await runFormAction(Astro, actions.benchProbe, { event: 'probe' }));
if (answer instanceof Response) return answer;
---
<p>Niet verstuurd.</p>
`,
  );
}

/** Copies of one store, so that every server signs and checks forms with the same secret. */
function storeCopies(seedDir: string, count: number): string[] {
  return Array.from({ length: count }, () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bench-floor-'));
    copyFileSync(path.join(seedDir, 'signups.db'), path.join(dir, 'signups.db'));
    return dir;
  });
}

interface Cluster {
  url: string;
  pids: number[];
  stop(): Promise<void>;
}

async function startCluster(root: string, dataDirs: string[]): Promise<Cluster> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [path.join(import.meta.dirname, 'cluster-sites.ts'), root],
    {
      cwd: root,
      env: {
        ...process.env,
        ...loadedServerEnv,
        DIST_DIR: 'dist-test',
        HOST: '127.0.0.1',
        PORT: String(port),
        CAMPAIGN_NOW: '2026-11-27T12:00:00+01:00',
        FORM_MIN_SECONDS: '0',
        DATA_DIRS: dataDirs.join(','),
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const pids = await new Promise<number[]>((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening \d+ ([\d,]+)/.exec(output);
      if (match) resolve((match[1] ?? '').split(',').map(Number));
    });
    child.once('exit', (code) => reject(new Error(`The two copies stopped (${code}): ${output}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    pids,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

const root = copyProject('bench-floor-');
const cleanUps: (() => Promise<unknown> | void)[] = [
  () => rmSync(root, { recursive: true, force: true }),
];
const runs: Record<string, Measurement[]> = {};
const confirmedBy: Record<string, number> = {};
let storedBy: Record<string, number> = {};
try {
  addProbes(root);
  await buildTestSite(root);
  // One store made by a server first, copied for each server of the run.
  const seedDir = mkdtempSync(path.join(tmpdir(), 'bench-floor-'));
  cleanUps.push(() => rmSync(seedDir, { recursive: true, force: true }));
  const seed = await startServer({ DATA_DIR: seedDir }, [], root);
  await seed.stop();
  const secret = formSecret(seedDir);
  const [siteDir = '', ...clusterDirs] = storeCopies(seedDir, 3);
  for (const dir of [siteDir, ...clusterDirs]) {
    cleanUps.push(() => rmSync(dir, { recursive: true, force: true }));
  }

  const site: RunningServer = await startServer(
    { ...loadedServerEnv, DATA_DIR: siteDir },
    [],
    root,
  );
  cleanUps.unshift(() => site.stop());
  const baseline = await startChildServer(path.join(import.meta.dirname, 'signup-baseline.ts'), []);
  cleanUps.unshift(() => baseline.stop());
  const cluster = await startCluster(root, clusterDirs);
  cleanUps.unshift(() => cluster.stop());

  const sitePid = site.process.pid ?? 0;
  const targets: Record<string, (seconds: number) => Promise<Measurement>> = {
    baseline: (s) =>
      measure(`${baseline.url}/`, baseline.pid, signupBody('unused'), connections, s),
    page: (s) => measure(`${site.url}${pagePath}`, sitePid, signupBody(secret), connections, s),
    action: (s) => measure(`${site.url}${actionPath}`, sitePid, signupBody(secret), connections, s),
    signup: (s) => measure(`${site.url}${signupPath}`, sitePid, signupBody(secret), connections, s),
    twoProcesses: (s) =>
      measure(`${cluster.url}${signupPath}`, cluster.pids, signupBody(secret), connections, s),
  };
  const names = Object.keys(targets);
  const run = async (who: string, s: number) => {
    const measurement = await targets[who]!(s);
    confirmedBy[who] = (confirmedBy[who] ?? 0) + measurement.confirmed;
    if (measurement.errors + measurement.non2xx3xx > 0) {
      throw new Error(`${who}: ${measurement.errors} errors, ${measurement.non2xx3xx} bad answers`);
    }
    return measurement;
  };
  for (const who of names) {
    const warm = await run(who, warmUp);
    console.info(`${who} warmed up: ${warm.requestsPerSecond.toFixed(0)}/s`);
  }
  for (let round = 1; round <= rounds; round += 1) {
    const shift = (round - 1) % names.length;
    for (const who of [...names.slice(shift), ...names.slice(0, shift)]) {
      const measurement = await run(who, seconds);
      (runs[who] ??= []).push(measurement);
      console.info(
        `round ${round}, ${who}: ${measurement.requestsPerSecond.toFixed(0)}/s, p99 ${measurement.p99} ms, ${measurement.cpuMicros.toFixed(0)} µs CPU`,
      );
    }
  }
  await site.stop();
  await cluster.stop();
  storedBy = {
    signup: storedRegistrations(siteDir),
    twoProcesses: clusterDirs.reduce((sum, dir) => sum + storedRegistrations(dir), 0),
  };
} finally {
  for (const cleanUp of cleanUps) await cleanUp();
}

// Every confirmed signup must be a stored one: a repeat would measure a cheaper road.
for (const who of ['signup', 'twoProcesses']) {
  if ((storedBy[who] ?? 0) < (confirmedBy[who] ?? 0)) {
    console.error(`${who}: ${confirmedBy[who]} confirmed but ${storedBy[who]} stored.`);
    process.exit(1);
  }
}

const medianOf = (who: string, pick: (m: Measurement) => number) =>
  median((runs[who] ?? []).map(pick));
const rate = (who: string) => medianOf(who, (m) => m.requestsPerSecond);
const cpu = (who: string) => medianOf(who, (m) => m.cpuMicros);
const labels: Record<string, string> = {
  baseline: 'Baseline: bare node:http + node:sqlite insert (as in `bench:signup`)',
  page: 'Page: an on-demand page that answers 303 at once, through the site’s server',
  action:
    'Action: the signup’s form road (runFormAction, its schema) to a handler that does nothing',
  signup: 'Signup: the real one (validation, signed form, rules, transaction, outbox, 303)',
  twoProcesses:
    'Two processes: the real signup from two copies of the site on one port, a store each',
};
const rows = Object.keys(labels).map(
  (who) =>
    `| ${labels[who]} | ${rate(who).toFixed(0)} | ${(rate(who) / rate('baseline')).toFixed(2)} | ${medianOf(who, (m) => m.p99)} ms | ${cpu(who).toFixed(0)} µs |`,
);
const heading = '## Signups: where the time goes (`npm run bench:signup-floor`)';
const section = [
  heading,
  '',
  `Measured on ${today()} on ${machineLine()}. The same load as \`bench:signup\` (new signup forms, ${connections} connections) posted to each target: ${warmUp} s of unmeasured load each, then ${rounds} rounds of ${seconds} s, the order turning every round; medians. The probe page and action exist only in a copy of the project made for the run. CPU is the server processes' own time per request (both copies for "two processes").`,
  '',
  '| Target | Requests/s | Ratio to baseline | p99 | CPU per request |',
  '| --- | ---: | ---: | ---: | ---: |',
  ...rows,
  '',
  `CPU per request added by each layer: the site's server and Astro's page road ${(cpu('page') - cpu('baseline')).toFixed(0)} µs over the whole baseline; the form action road ${(cpu('action') - cpu('page')).toFixed(0)} µs; the signup itself (checks, rules, store, outbox) ${(cpu('signup') - cpu('action')).toFixed(0)} µs. Registrations stored: ${storedBy['signup']} (one process), ${storedBy['twoProcesses']} (two).`,
  '',
].join('\n');
writeSection(heading, section);
console.info(section);
