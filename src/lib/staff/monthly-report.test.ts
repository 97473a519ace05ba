import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshPostgresDatabase, testStores } from '../../../tests/support/test-stores.ts';
import { projectRoot } from '../../../tests/support/content-files.ts';
import { allCounts, monthPeriod } from '../registrations/result-counts.ts';
import type { NewEventSignup } from '../registrations/registration-kinds.ts';
import { PostgresEngine } from '../registrations/postgres-engine.ts';
import { SqliteEngine } from '../registrations/sqlite-engine.ts';
import { SignupStore } from '../registrations/store.ts';
import { monthLabel, monthlyReportHtml } from './monthly-report.ts';
import { resultTables } from './result-tables.ts';
import { readResultNames } from './content-names.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let counter = 0;
const signup = (overrides: Partial<NewEventSignup> = {}): NewEventSignup => {
  counter += 1;
  return {
    eventId: 'ontbijtsessie-personeel-via-het-wsp',
    capacity: 2,
    eventEnd: new Date('2026-12-20T10:00:00Z'),
    idempotencyKey: `key-${counter}`,
    name: 'Anna de Vries',
    email: `anna${counter}@example.nl`,
    organisation: 'Bakkerij De Korenaar',
    municipality: 'Soest',
    attendees: 1,
    servicePoint: 'wsp-regio-amersfoort',
    consentText: 'Ja',
    ...overrides,
  };
};

/** Fills a store with two December signups (the second on the waitlist) and one in November. */
async function fill(store: SignupStore): Promise<SignupStore> {
  await store.register(
    signup({ via: 'anouk-de-wit', channel: 'linkedin' }),
    new Date('2026-12-02T09:00:00Z'),
    () => [],
  );
  await store.register(signup({ attendees: 2 }), new Date('2026-12-09T09:00:00Z'), () => []);
  await store.register(signup(), new Date('2026-11-20T09:00:00Z'), () => []);
  return store;
}

describe.each(testStores)('the monthly report, on $engine', (testStore) => {
  // Called through the object: TestStore declares them as methods.
  const open = () => testStore.open();

  let html = '';
  beforeAll(async () => {
    const store = await fill(await open());
    try {
      const tables = resultTables(
        await allCounts(store, monthPeriod('2026-12')),
        readResultNames(projectRoot),
      );
      html = monthlyReportHtml(tables, '2026-12', new Date('2027-01-02T08:00:00Z'));
    } finally {
      await store.close();
    }
  });

  it('counts the month only, with the waitlist and the people', () => {
    expect(html).toContain('<h1>Resultaten van de campagne, december 2026</h1>');
    expect(html).toContain(
      'In december 2026 kwamen 2 aanmeldingen en verzoeken binnen, samen voor 3 personen; 1 daarvan op een wachtlijst.',
    );
  });

  it('names events, service points and ambassadors from the content', () => {
    expect(html).toContain('Ontbijtsessie: personeel vinden via het WSP');
    expect(html).toContain('WSP Regio Amersfoort');
    expect(html).toContain('<td>Anouk de Wit</td>');
    expect(html).toContain('<td>LinkedIn</td>');
  });

  it('draws each table as an SVG chart with unique ids, and no script', () => {
    expect(html.match(/<svg /g)?.length).toBeGreaterThanOrEqual(6);
    const ids = [...html.matchAll(/<title id="([^"]+)"/g)].map((match) => match[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(html).toContain('2026-W49');
    expect(html).not.toContain('<script');
  });

  it('never shows a person', () => {
    expect(html).not.toMatch(/@example\.nl|Anna de Vries|Bakkerij De Korenaar/);
  });
});

describe('a month label', () => {
  it('is spelled by month', () => {
    expect(monthLabel('2026-03')).toBe('maart 2026');
  });
});

describe('npm run report', () => {
  const cli = path.join(projectRoot, 'src/cli/monthly-report.ts');
  // Without DATABASE_URL unless a test gives one: the SQLite file in --data is then the store.
  const { DATABASE_URL: _ignored, ...environment } = process.env;
  const run = (args: string[], env: Record<string, string> = {}) =>
    spawnSync(process.execPath, [cli, ...args], {
      encoding: 'utf8',
      cwd: dir,
      env: { ...environment, ...env },
    });

  it('writes the report of a SQLite store in the data folder into the file it names', async () => {
    await (
      await fill(await SignupStore.open(new SqliteEngine(path.join(dir, 'data/signups.db'))))
    ).close();
    const result = run(['--month', '2026-12', '--data', path.join(dir, 'data')]);
    expect(result.status).toBe(0);
    const out = path.join(dir, 'resultaten-2026-12.html');
    expect(result.stdout).toContain(out);
    expect(readFileSync(out, 'utf8')).toContain('In december 2026 kwamen 2 aanmeldingen');
  });

  it('writes the report of the PostgreSQL store in DATABASE_URL', async () => {
    const url = await freshPostgresDatabase();
    await (await fill(await SignupStore.open(new PostgresEngine(url, 1)))).close();
    const out = path.join(dir, 'postgres.html');
    // An empty data folder: the report must come from the database, not from a file.
    const result = run(['--month', '2026-12', '--data', path.join(dir, 'leeg'), '--out', out], {
      DATABASE_URL: url,
    });
    expect(result.status, result.stderr).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('In december 2026 kwamen 2 aanmeldingen');
  });

  it('says in Dutch what is missing: a month, or the SQLite store', () => {
    expect(run(['--month', 'december']).stderr).toContain('Geef een maand mee');
    const missing = run(['--month', '2026-12', '--data', path.join(dir, 'leeg')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('Geen aanmeldingen gevonden');
  });
});
