/**
 * Moving a SQLite store into PostgreSQL (issue 18, point 4): `npm run store:copy` and the copy
 * it runs (src/lib/registrations/copy-store.ts), against a real SQLite file and a fresh database
 * in the run's throw-away PostgreSQL cluster.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyStore, verifyCopy } from '../../src/lib/registrations/copy-store.ts';
import { migrations } from '../../src/lib/registrations/migrations.ts';
import { PostgresEngine } from '../../src/lib/registrations/postgres-engine.ts';
import type { NewEventSignup } from '../../src/lib/registrations/registration-kinds.ts';
import type { SqlEngine } from '../../src/lib/registrations/sql-engine.ts';
import { SqliteEngine } from '../../src/lib/registrations/sqlite-engine.ts';
import { SignupStore, type PlannedDelivery } from '../../src/lib/registrations/store.ts';
import { projectRoot } from '../support/project-copy.ts';
import { freshPostgresDatabase } from '../support/test-stores.ts';

const opened: { close(): Promise<void> }[] = [];
afterEach(async () => {
  while (opened.length > 0) await opened.pop()?.close();
});

function keep<T extends { close(): Promise<void> }>(thing: T): T {
  opened.push(thing);
  return thing;
}

const eventEnd = new Date('2026-12-10T08:30:00Z');
const signup = (i: number): NewEventSignup => ({
  eventId: i % 3 === 0 ? 'werkgeversavond' : 'ontbijtsessie',
  capacity: 20,
  eventEnd,
  idempotencyKey: `key-${i}`,
  name: `Werkgever ${i}`,
  email: `werkgever${i}@example.nl`,
  organisation: 'Bakkerij De Korenaar',
  municipality: i % 2 === 0 ? 'amersfoort' : 'soest',
  attendees: 1 + (i % 3),
  servicePoint: 'wsp-regio-amersfoort',
  consentText: 'Ik geef toestemming.',
  ...(i % 4 === 0 ? { via: 'anouk-de-wit', channel: 'linkedin', landingPage: '/verhalen/' } : {}),
});
const webhook = (): PlannedDelivery[] => [
  { channel: 'webhook', target: 'wsp-regio-amersfoort', payload: '{"type":"x"}' },
];

/** A SQLite store with registrations, deliveries in every state, tallies and its secrets. */
async function filledSqliteFile(count: number): Promise<string> {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'copy-')), 'signups.db');
  const store = await SignupStore.open(new SqliteEngine(file));
  const now = new Date('2026-11-20T10:00:00Z');
  for (let i = 0; i < count; i += 1) await store.register(signup(i), now, webhook);
  const due = await store.dueDeliveries(now, count);
  await store.markDelivered(due[0]!.id, now);
  await store.markFailed(due[1]!.id, 'gave up');
  await store.markRetry(due[2]!.id, new Date('2026-11-20T11:00:00Z'), 'HTTP 503');
  await store.secret('form-stamp');
  // The delivered one's registration is deleted by retention and lives on in the tallies.
  await store.purgeExpired(new Date('2027-01-15T00:00:00Z'), { retentionDays: 30, maxDays: 90 });
  await store.close();
  return file;
}

async function engines(file: string): Promise<{ from: SqlEngine; to: SqlEngine; url: string }> {
  const url = await freshPostgresDatabase();
  const from = keep(new SqliteEngine(file));
  const to = keep(new PostgresEngine(url, 2));
  await from.migrate(migrations);
  await to.migrate(migrations);
  return { from, to, url };
}

describe('copying a SQLite store into PostgreSQL', () => {
  it('copies every table, and the copy checks out by rows and checksums', async () => {
    const { from, to, url } = await engines(await filledSqliteFile(30));
    const copied = await copyStore(from, to, { batchSize: 7 });
    expect(copied).toMatchObject({ registrations: 29, deliveries: 29, registration_tallies: 1 });
    const checks = await verifyCopy(from, to);
    expect(checks.map((check) => [check.table, check.same])).toEqual([
      ['settings', true],
      ['registration_kinds', true],
      ['registrations', true],
      ['deliveries', true],
      ['registration_tallies', true],
    ]);

    // The copy is a working store: the same registrations, secrets and outbox, and new
    // deliveries take ids after the copied ones.
    const store = keep(await SignupStore.open(new PostgresEngine(url, 2)));
    expect(await store.countRegistrations()).toBe(29);
    expect(await store.placesTaken('ontbijtsessie')).toBeGreaterThan(0);
    expect(await store.deliveryCounts()).toEqual({ pending: 28, failed: 1, delivered: 0 });
    const before = Math.max(
      ...(await store.dueDeliveries(new Date('2027-01-01'), 100)).map((d) => d.id),
    );
    await store.register(signup(100), new Date('2026-11-21T10:00:00Z'), webhook);
    const after = Math.max(
      ...(await store.dueDeliveries(new Date('2027-01-01'), 100)).map((d) => d.id),
    );
    expect(after).toBeGreaterThan(before);
  });

  it('completes a copy that was broken off, and changes nothing when run again', async () => {
    const { from, to } = await engines(await filledSqliteFile(25));
    await copyStore(from, to, { batchSize: 5, maxBatches: 3 });
    expect((await verifyCopy(from, to)).every((check) => check.same)).toBe(false);
    await copyStore(from, to, { batchSize: 5 });
    const first = await verifyCopy(from, to);
    expect(first.every((check) => check.same)).toBe(true);
    await copyStore(from, to, { batchSize: 5 });
    expect(await verifyCopy(from, to)).toEqual(first);
  });

  it('tells a difference apart: a row changed after the copy shows in its table', async () => {
    const { from, to } = await engines(await filledSqliteFile(5));
    await copyStore(from, to);
    await from.run("UPDATE registrations SET name = 'Anders' WHERE idempotency_key = 'key-1'");
    const changed = (await verifyCopy(from, to)).filter((check) => !check.same);
    expect(changed.map((check) => check.table)).toEqual(['registrations']);
    expect(changed[0]?.rows).toEqual({ from: 4, to: 4 });
  });
});

describe('npm run store:copy', () => {
  const script = () => {
    const pkg = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    const file = /^node (\S+)$/.exec(pkg.scripts['store:copy'] ?? '')?.[1];
    if (!file) throw new Error('"store:copy" is not "node <file>"');
    return path.join(projectRoot, file);
  };

  it('copies the store in DATA_DIR into DATABASE_URL and says that all is equal', async () => {
    const file = await filledSqliteFile(12);
    const url = await freshPostgresDatabase();
    const run = () =>
      spawnSync(process.execPath, [script(), '--data', path.dirname(file)], {
        encoding: 'utf8',
        env: { ...process.env, DATABASE_URL: url },
      });
    const first = run();
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('Alles is gelijk');
    expect(first.stdout).toMatch(/gelijk {3}registrations: 11 → 11 rijen/);
    // Again: still equal, nothing doubled.
    const again = run();
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/gelijk {3}deliveries: 11 → 11 rijen/);
  });

  it('refuses in Dutch without a database address or without a store', () => {
    const noUrl = spawnSync(process.execPath, [script()], {
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: '' },
    });
    expect(noUrl.status).toBe(2);
    expect(noUrl.stderr).toContain('Zet DATABASE_URL');
    const noStore = spawnSync(
      process.execPath,
      [script(), '--data', mkdtempSync(path.join(tmpdir(), 'empty-'))],
      {
        encoding: 'utf8',
        env: { ...process.env, DATABASE_URL: 'postgres://127.0.0.1:1/none' },
      },
    );
    expect(noStore.status).toBe(2);
    expect(noStore.stderr).toContain('Geen SQLite-opslag gevonden');
  });
});
