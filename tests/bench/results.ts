/**
 * `npm run bench:results`: fills a fresh store with 100,000 registrations (BENCH_REGISTRATIONS for
 * another number) spread over a year, events, municipalities, ambassadors, channels and pages,
 * lets retention delete the oldest third (so the tallies hold history too), then times each of
 * the staff view's counting queries (src/lib/registrations/result-counts.ts), for all time and for
 * one month, and prints how SQLite plans them. Writes its section of docs/benchmarks.md.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import { isRequest, type NewRegistration } from '../../src/lib/registrations/registration-kinds.ts';
import {
  countBy,
  countQuery,
  groupingNames,
  monthPeriod,
} from '../../src/lib/registrations/result-counts.ts';
import { SqliteEngine } from '../../src/lib/registrations/sqlite-engine.ts';
import { SignupStore } from '../../src/lib/registrations/store.ts';
import { insertOf } from '../../src/lib/registrations/registration-fields.ts';
import { machineLine, median, today, writeSection } from './bench-support.ts';

const total = Number(process.env['BENCH_REGISTRATIONS'] ?? 100_000);
const rounds = 7;
const dir = mkdtempSync(path.join(tmpdir(), 'bench-results-'));
const municipalities = ['Amersfoort', 'Baarn', 'Barneveld', 'Bunschoten', 'Eemnes', 'Leusden'];
const channels = ['linkedin', 'whatsapp', 'email', 'poster'] as const;

/** A deterministic spread: the i-th registration of the run. */
function registration(i: number): { input: NewRegistration; now: Date } {
  const now = new Date(
    Date.UTC(2026, 0, 1) + ((i * 7919) % 365) * 86_400_000 + (i % 86_400) * 1000,
  );
  const credited = i % 3 === 0;
  const common = {
    idempotencyKey: `bench-${i}`,
    name: 'Bench',
    email: `bench-${i}@example.nl`,
    organisation: 'Bench BV',
    municipality: municipalities[i % municipalities.length]!,
    servicePoint: i % 6 === 2 ? 'wsp-foodvalley' : 'wsp-regio-amersfoort',
    consentText: 'Ja',
    ...(credited
      ? {
          via: `ambassadeur-${i % 20}`,
          channel: channels[i % channels.length],
          landingPage: `/verhalen/verhaal-${i % 50}/`,
        }
      : {}),
  };
  if (i % 7 === 0) {
    return {
      input: {
        ...common,
        kind: 'contactverzoek',
        eventId: 'regelingenwijzer',
        message: `Plan ${i}`,
        answers: '{"schema":"contactverzoek/1"}',
      },
      now,
    };
  }
  return {
    input: {
      ...common,
      eventId: `bijeenkomst-${i % 40}`,
      capacity: 2000,
      attendees: 1 + (i % 3),
      eventEnd: new Date(now.getTime() + 14 * 86_400_000),
    },
    now,
  };
}

/**
 * Writes the registrations straight into the table, in one transaction: the signup path has its
 * own benchmark (bench:signup); here only the counting is measured.
 */
function fill(file: string): number {
  const started = performance.now();
  const db = new DatabaseSync(file);
  let statement: StatementSync | undefined;
  db.exec('BEGIN');
  for (let i = 0; i < total; i += 1) {
    const { input, now } = registration(i);
    const signup = isRequest(input) ? undefined : input;
    const insert = insertOf({
      id: `bench-${i}`,
      kind: input.kind ?? 'aanmelding',
      eventId: input.eventId,
      idempotencyKey: input.idempotencyKey,
      confirmationCode: `code-${i}`,
      // One signup in ten on a waitlist.
      status: i % 10 === 1 ? 'wachtlijst' : 'bevestigd',
      name: input.name,
      email: input.email,
      emailKey: input.email,
      phone: null,
      organisation: input.organisation,
      municipality: input.municipality,
      attendees: signup?.attendees ?? 1,
      remark: null,
      via: input.via ?? null,
      channel: input.channel ?? null,
      landingPage: input.landingPage ?? null,
      servicePoint: input.servicePoint,
      consentText: input.consentText,
      message: isRequest(input) ? input.message : null,
      answers: isRequest(input) ? input.answers : null,
      eventEnd: (signup?.eventEnd ?? now).toISOString(),
      createdAt: now.toISOString(),
    });
    statement ??= db.prepare(insert.sql);
    statement.run(...insert.values);
  }
  db.exec('COMMIT');
  db.close();
  return performance.now() - started;
}

async function time(work: () => Promise<unknown>): Promise<number> {
  const samples: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const started = performance.now();
    await work();
    samples.push(performance.now() - started);
  }
  return median(samples);
}

const machine = machineLine();
const file = path.join(dir, 'signups.db');
// Opened once first, so the migrations make the table and its indexes.
const open = () => SignupStore.open(new SqliteEngine(file));
await (await open()).close();
const fillMs = fill(file);
const store = await open();
try {
  // Retention at 2026-06-01 with a 30-day hard maximum: the registrations of events that ended
  // before May go, and live on in the tallies.
  const purged = await store.purgeExpired(new Date('2026-06-01T00:00:00Z'), {
    retentionDays: 30,
    maxDays: 30,
  });
  const left = await store.countRegistrations();
  const month = monthPeriod('2026-09')!;
  const rows = [];
  for (const name of groupingNames) {
    rows.push({
      name,
      all: await time(() => countBy(store, name)),
      month: await time(() => countBy(store, name, month)),
      groups: (await countBy(store, name)).length,
    });
  }
  // One grouping after the other, as the staff view's single connection reads them.
  const everything = await time(async () => {
    for (const name of groupingNames) await countBy(store, name);
  });
  const reads = (lines: string[]) =>
    lines.filter((line) => / registrations\b/.test(line)).join('; ');
  const plans = [];
  for (const name of groupingNames) {
    const all = countQuery(name);
    const inMonth = countQuery(name, month);
    plans.push(
      `| ${name} | ${reads(await store.queryPlan(all.sql, ...all.params))} | ${reads(await store.queryPlan(inMonth.sql, ...inMonth.params))} |`,
    );
  }
  const ms = (value: number) => value.toFixed(1);
  const section = `## Staff view counts (\`npm run bench:results\`)

Measured ${today()} on ${machine}. A store filled with ${total.toLocaleString('en')} registrations
(written straight into the table in one transaction, ${ms(fillMs / 1000)} s), of which retention then
deleted ${purged.deleted.length.toLocaleString('en')} into the tallies (${left.toLocaleString('en')} rows left). Median of
${rounds} runs per query, in milliseconds; "month" is September 2026.

| Grouping | Groups | All time (ms) | One month (ms) |
| --- | ---: | ---: | ---: |
${rows.map((row) => `| ${row.name} | ${row.groups} | ${ms(row.all)} | ${ms(row.month)} |`).join('\n')}
| **whole staff view** | | ${ms(everything)} | |

How SQLite reads the registrations table for each (EXPLAIN QUERY PLAN; the tallies table holds
counts per day and group only, and is read whole):

| Grouping | All time | One month |
| --- | --- | --- |
${plans.join('\n')}
`;
  console.info(section);
  writeSection('## Staff view counts (`npm run bench:results`)', section);
} finally {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
