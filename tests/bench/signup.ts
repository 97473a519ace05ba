/**
 * `npm run bench:signup`: sustained signups per second and p99 latency at 50 concurrent
 * connections, for the real server and, in the same run, a bare node:http + node:sqlite insert
 * with the same durability (WAL, synchronous=FULL) as the baseline. Writes docs/benchmarks.md.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, platform, release, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import autocannon from 'autocannon';
import { issueStamp } from '../../src/lib/signups/form-stamp.ts';
import { freePort, startServer } from '../support/server-process.ts';
import { projectRoot } from '../support/content-files.ts';

const connections = 50;
const duration = Number(process.env['BENCH_SECONDS'] ?? 15);
const eventId = 'ontbijtsessie-personeel-via-het-wsp';
const campaignNow = new Date('2026-11-27T12:00:00+01:00');

interface Measurement {
  requestsPerSecond: number;
  p99: number;
  p50: number;
  errors: number;
  non2xx3xx: number;
}

async function measure(url: string, body: (n: number) => string): Promise<Measurement> {
  let counter = 0;
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

/** The baseline: parse the form body, insert one row durably, answer 303. Nothing else. */
async function startBaseline() {
  const db = new DatabaseSync(path.join(mkdtempSync(path.join(tmpdir(), 'baseline-')), 'b.db'), {
    timeout: 5000,
  });
  db.exec('PRAGMA journal_mode = WAL');
  db.exec('PRAGMA synchronous = FULL');
  db.exec(
    'CREATE TABLE r (id INTEGER PRIMARY KEY, name TEXT, email TEXT, organisation TEXT, created_at TEXT)',
  );
  const insert = db.prepare(
    'INSERT INTO r (name, email, organisation, created_at) VALUES (?, ?, ?, ?)',
  );
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const form = new URLSearchParams(body);
      insert.run(
        form.get('name'),
        form.get('email'),
        form.get('organisation'),
        new Date().toISOString(),
      );
      res.writeHead(303, { location: '/ok' });
      res.end();
    });
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((r) => server.close(r)) };
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
const server = await startServer({ DATA_DIR: dataDir });
const secretRow = new DatabaseSync(path.join(dataDir, 'signups.db'), { readOnly: true })
  .prepare("SELECT value FROM settings WHERE key = 'form-stamp'")
  .get() as { value: string };

console.info(`Site: ${duration} s at ${connections} connections...`);
const site = await measure(
  `${server.url}/bijeenkomsten/${eventId}/aanmelden/`,
  signupBody(secretRow.value),
);
const stored = (
  new DatabaseSync(path.join(dataDir, 'signups.db'), { readOnly: true })
    .prepare('SELECT COUNT(*) AS n FROM registrations')
    .get() as { n: number }
).n;
await server.stop();

console.info(`Baseline: ${duration} s at ${connections} connections...`);
const baselineServer = await startBaseline();
const baseline = await measure(baselineServer.url, signupBody('unused'));
await baselineServer.close();

const ratio = site.requestsPerSecond / baseline.requestsPerSecond;
const cpu = cpus();
const machine = `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, ${platform()} ${release()}, Node ${process.version}`;
const date = new Date().toISOString().slice(0, 10);
const row = (name: string, m: Measurement) =>
  `| ${name} | ${m.requestsPerSecond.toFixed(0)} | ${m.p50} ms | ${m.p99} ms | ${m.errors + m.non2xx3xx} |`;
const section = [
  '## Signups (`npm run bench:signup`)',
  '',
  `Measured on ${date} on ${machine}. ${connections} connections for ${duration} s each, one after the other, autocannon in the same process as the baseline server.`,
  '',
  '| Target | Signups/s | p50 | p99 | Errors |',
  '| --- | ---: | ---: | ---: | ---: |',
  row(
    'Site: POST /bijeenkomsten/…/aanmelden/ (validation, signed form, transaction, outbox, 303)',
    site,
  ),
  row('Baseline: bare node:http + node:sqlite insert (WAL, synchronous=FULL)', baseline),
  '',
  `Ratio site/baseline: **${(ratio * 100).toFixed(0)} %** (aim: at least 50 %). p99 of the site: **${site.p99} ms** (aim: under 100 ms). Registrations stored by the site run: ${stored}.`,
  '',
].join('\n');

const file = path.join(projectRoot, 'docs/benchmarks.md');
const header =
  '# Benchmarks\n\nNumbers from the benchmark scripts; each section is rewritten by its script.\n\n';
const existing = existsSync(file) ? readFileSync(file, 'utf8') : header;
const kept = existing
  .replace(/## Signups \(`npm run bench:signup`\)[\s\S]*?(?=\n## |$)/, '')
  .trimEnd();
writeFileSync(file, `${kept || header.trimEnd()}\n\n${section}`);
console.info(section);
