/**
 * Which engine the store runs on: PostgreSQL when DATABASE_URL is set (several instances on one
 * database), otherwise the SQLite file `signups.db` in DATA_DIR (one machine, nothing to install).
 */
import path from 'node:path';
import type { SignupConfig } from './config.ts';
import { SqliteEngine } from './sqlite-engine.ts';
import { SignupStore } from './store.ts';

/** Where the store is, for the start-up log: never the password of a database address. */
export function storeLocation(config: Pick<SignupConfig, 'dataDir' | 'databaseUrl'>): string {
  if (!config.databaseUrl) return path.resolve(config.dataDir, 'signups.db');
  const url = new URL(config.databaseUrl);
  return `PostgreSQL at ${url.hostname}${url.port ? `:${url.port}` : ''}${url.pathname}`;
}

export async function openSignupStore(
  config: Pick<SignupConfig, 'dataDir' | 'databaseUrl'>,
): Promise<SignupStore> {
  if (!config.databaseUrl) {
    return SignupStore.open(new SqliteEngine(path.resolve(config.dataDir, 'signups.db')));
  }
  // Loaded only when asked for: the embedded default never loads the PostgreSQL driver.
  const { PostgresEngine } = await import('./postgres-engine.ts');
  return SignupStore.open(new PostgresEngine(config.databaseUrl));
}
