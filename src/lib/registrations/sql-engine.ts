/**
 * What the signup store needs of a database, so that one store (store.ts) runs on either engine:
 * SQLite in one file (sqlite-engine.ts, the embedded default) or PostgreSQL for several instances
 * (postgres-engine.ts, when DATABASE_URL is set). The store writes its SQL once, with `?`
 * placeholders and the SQL both engines speak; the PostgreSQL engine numbers the placeholders.
 */

export type SqlValue = string | number | null;
export type Row = Record<string, SqlValue | boolean>;

export interface Sql {
  /** The first row of a query, if any. */
  get(sql: string, ...params: SqlValue[]): Promise<Row | undefined>;
  all(sql: string, ...params: SqlValue[]): Promise<Row[]>;
  /** Runs a statement; resolves to the number of rows it changed. */
  run(sql: string, ...params: SqlValue[]): Promise<number>;
}

export interface Transaction extends Sql {
  /**
   * Holds a lock on `key` until the transaction ends, so that transactions about the same thing
   * (one event's places, one mailbox's requests) run one after the other, also from another
   * process. SQLite needs none: it writes one transaction at a time already.
   */
  lock(key: string): Promise<void>;
  /**
   * Runs `work` in a savepoint: when it throws, only its own writes are undone and the error is
   * returned instead of thrown, so the rest of the transaction goes on.
   */
  savepoint<T>(work: () => Promise<T>): Promise<T | Error>;
}

export interface SqlEngine extends Sql {
  readonly dialect: 'sqlite' | 'postgres';
  /**
   * Runs `work` in one transaction, committed before the promise resolves. PostgreSQL retries it
   * (from the start) when the database chose it as the loser of a conflict.
   */
  transaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T>;
  /** Brings the schema to the newest migration; each is applied once, in order. */
  migrate(migrations: readonly Migration[]): Promise<void>;
  /** The number of migrations applied. */
  schemaVersion(): Promise<number>;
  /** How the engine plans a query (EXPLAIN), one line per step. */
  queryPlan(sql: string, ...params: SqlValue[]): Promise<string[]>;
  close(): Promise<void>;
}

/** One schema change, written for each engine; both leave the same tables and columns. */
export interface Migration {
  sqlite: string;
  postgres: string;
}
