/**
 * The stores every store and pipeline test runs against: SQLite (in memory) and PostgreSQL (a
 * fresh database in the run's throw-away cluster, tests/support/vitest-postgres.ts). Use as
 * `describe.each(testStores)('$engine', ({ open }) => …)`.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import { PostgresEngine } from '../../src/lib/registrations/postgres-engine.ts';
import { SqliteEngine } from '../../src/lib/registrations/sqlite-engine.ts';
import { SignupStore } from '../../src/lib/registrations/store.ts';

export interface TestStore {
  engine: 'sqlite' | 'postgres';
  /** A new, empty store with the newest schema. */
  open: () => Promise<SignupStore>;
  /** Two stores on one new database, as two processes would have (own connections). */
  openPair: () => Promise<[SignupStore, SignupStore]>;
}

let databases = 0;
let admin: PostgresEngine | undefined;

/** The address of a new database, copied from the migrated template. */
export async function freshPostgresDatabase(): Promise<string> {
  const url = new URL(inject('postgresUrl'));
  admin ??= new PostgresEngine(url.href, 1);
  const name = `store_${process.pid}_${++databases}`;
  await admin.run(`CREATE DATABASE ${name} TEMPLATE store_template`);
  url.pathname = `/${name}`;
  return url.href;
}

export const testStores: TestStore[] = [
  {
    engine: 'sqlite',
    open: () => SignupStore.open(new SqliteEngine(':memory:')),
    openPair: async () => {
      const file = path.join(mkdtempSync(path.join(tmpdir(), 'store-')), 'signups.db');
      const first = await SignupStore.open(new SqliteEngine(file));
      return [first, await SignupStore.open(new SqliteEngine(file))];
    },
  },
  {
    engine: 'postgres',
    open: async () => SignupStore.open(new PostgresEngine(await freshPostgresDatabase(), 4)),
    openPair: async () => {
      const url = await freshPostgresDatabase();
      const first = await SignupStore.open(new PostgresEngine(url, 4));
      return [first, await SignupStore.open(new PostgresEngine(url, 4))];
    },
  },
];
