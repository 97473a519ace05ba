/**
 * `npm run bench:signup-floor`: where a signup's time goes, layer by layer, against the bare
 * baseline of `npm run bench:signup`. The same load (real signup forms, 50 connections) is posted
 * to five targets:
 * - the baseline (bare node:http + node:sqlite insert, its own process), and the same served by
 *   two processes on one port and one file, to see whether the bare ceiling rises with processes;
 * - "page": an on-demand Astro page that answers 303 at once, through the site's own server
 *   (methods, rate limit, origin check, body read, security headers, Astro's adapter, router and
 *   middleware): the floor of any form post to this site;
 * - "action": a page that runs a form action the signup's way (runFormAction, the signup's own
 *   posted-form schema) whose handler does nothing and answers "done": the floor of a form on
 *   Astro Actions;
 * - "signup": the real signup (validation, signed form, rules, transaction, outbox, 303);
 * - "two processes": the real signup from the site run as two processes on one port and one
 *   SQLite file (SITE_PROCESSES=2, src/server/site-processes.ts).
 * The probe page and action exist only in a throw-away copy of the project made for the run; the
 * site never ships them. Targets take turns, the order turning every round; medians.
 * Writes its section of docs/benchmarks.md. BENCH_ROUNDS (3), BENCH_SECONDS (10) and
 * BENCH_WARMUP_SECONDS (20) change the run.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { copyProject } from '../support/project-copy.ts';
import { childrenOf, startServer } from '../support/server-process.ts';
import { machineLine, startChildServer, today, writeSection } from './bench-support.ts';
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
  const siteDir = mkdtempSync(path.join(tmpdir(), 'bench-floor-'));
  const twoDir = mkdtempSync(path.join(tmpdir(), 'bench-floor-'));
  for (const dir of [siteDir, twoDir]) {
    cleanUps.push(() => rmSync(dir, { recursive: true, force: true }));
  }
  const site = await startServer({ ...loadedServerEnv, DATA_DIR: siteDir }, [], root);
  cleanUps.unshift(() => site.stop());
  const two = await startServer(
    { ...loadedServerEnv, DATA_DIR: twoDir, SITE_PROCESSES: '2' },
    [],
    root,
  );
  cleanUps.unshift(() => two.stop());
  const baselineScript = path.join(import.meta.dirname, 'signup-baseline.ts');
  const baseline = await startChildServer(baselineScript, []);
  cleanUps.unshift(() => baseline.stop());
  const baselineTwo = await startChildServer(baselineScript, ['--processes', '2']);
  cleanUps.unshift(() => baselineTwo.stop());
  const baselineTwoPids = [baselineTwo.pid, ...childrenOf(baselineTwo.pid)];
  const secret = formSecret(siteDir);
  const twoSecret = formSecret(twoDir);
  const twoPids = [two.process.pid ?? 0, ...childrenOf(two.process.pid ?? 0)];

  const sitePid = site.process.pid ?? 0;
  const targets: Record<string, (seconds: number) => Promise<Measurement>> = {
    baseline: (s) =>
      measure(`${baseline.url}/`, baseline.pid, signupBody('unused'), connections, s),
    baselineTwo: (s) =>
      measure(`${baselineTwo.url}/`, baselineTwoPids, signupBody('unused'), connections, s),
    page: (s) => measure(`${site.url}${pagePath}`, sitePid, signupBody(secret), connections, s),
    action: (s) => measure(`${site.url}${actionPath}`, sitePid, signupBody(secret), connections, s),
    signup: (s) => measure(`${site.url}${signupPath}`, sitePid, signupBody(secret), connections, s),
    twoProcesses: (s) =>
      measure(`${two.url}${signupPath}`, twoPids, signupBody(twoSecret), connections, s),
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
  await two.stop();
  storedBy = { signup: storedRegistrations(siteDir), twoProcesses: storedRegistrations(twoDir) };
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

const medians = Object.fromEntries(
  Object.entries(runs).map(([who, measured]) => [who, medianOf(measured)]),
);
const rate = (who: string) => medians[who]?.requestsPerSecond ?? Number.NaN;
const cpu = (who: string) => medians[who]?.cpuMicros ?? Number.NaN;
const labels: Record<string, string> = {
  baseline: 'Baseline: bare node:http + node:sqlite insert (as in `bench:signup`)',
  baselineTwo: 'Baseline served by two processes on one port and one file',
  page: 'Page: an on-demand page that answers 303 at once, through the site’s server',
  action:
    'Action: the signup’s form road (runFormAction, its schema) to a handler that does nothing',
  signup: 'Signup: the real one (validation, signed form, rules, transaction, outbox, 303)',
  twoProcesses: 'Two processes: the real signup, SITE_PROCESSES=2 (one port, one SQLite file)',
};
const rows = Object.keys(labels).map(
  (who) =>
    `| ${labels[who]} | ${rate(who).toFixed(0)} | ${(rate(who) / rate('baseline')).toFixed(2)} | ${medians[who]?.p99} ms | ${cpu(who).toFixed(0)} µs |`,
);
const heading = '## Signups: where the time goes (`npm run bench:signup-floor`)';
const section = [
  heading,
  '',
  `Measured on ${today()} on ${machineLine()}. The same load as \`bench:signup\` (new signup forms, ${connections} connections) posted to each target: ${warmUp} s of unmeasured load each, then ${rounds} rounds of ${seconds} s, the order turning every round; medians. The probe page and action exist only in a copy of the project made for the run. CPU is the server processes' own time per request (all three for "two processes": the first one keeps the rate limit).`,
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
