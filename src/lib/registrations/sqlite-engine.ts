/**
 * The embedded engine: one SQLite file (node:sqlite) in the data directory, for the processes of
 * one machine (SITE_PROCESSES); SQLite lets one of them write at a time.
 * Every commit is durable before it resolves (WAL, synchronous=FULL). node:sqlite is synchronous
 * and this process has one connection, so work is queued: a transaction's statements never mix
 * with another caller's, even while its work awaits between them.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import type { Migration, Row, SqlEngine, SqlValue, Transaction } from './sql-engine.ts';

export class SqliteEngine implements SqlEngine {
  readonly dialect = 'sqlite';
  readonly #db: DatabaseSync;
  readonly #statements = new Map<string, StatementSync>();
  /** The end of the queue: each unit of work starts when the one before it has ended. */
  #tail: Promise<unknown> = Promise.resolve();

  constructor(file: string) {
    if (file !== ':memory:') mkdirSync(path.dirname(file), { recursive: true });
    // A busy timeout, so a second connection (a command beside the server) waits for a lock.
    this.#db = new DatabaseSync(file, { timeout: 5_000 });
    this.#db.exec('PRAGMA journal_mode = WAL');
    this.#db.exec('PRAGMA synchronous = FULL');
    this.#db.exec('PRAGMA foreign_keys = ON');
  }

  /** A prepared statement, compiled once per engine: signups are a hot path. */
  #sql(sql: string): StatementSync {
    let statement = this.#statements.get(sql);
    if (!statement) {
      statement = this.#db.prepare(sql);
      this.#statements.set(sql, statement);
    }
    return statement;
  }

  #queued<T>(work: () => T | Promise<T>): Promise<T> {
    const run = this.#tail.then(work);
    this.#tail = run.catch(() => undefined);
    return run;
  }

  // The statements themselves, without the queue: for use inside queued work only.
  readonly #direct = {
    get: (sql: string, ...params: SqlValue[]) =>
      Promise.resolve(this.#sql(sql).get(...params) as Row | undefined),
    all: (sql: string, ...params: SqlValue[]) =>
      Promise.resolve(this.#sql(sql).all(...params) as Row[]),
    run: (sql: string, ...params: SqlValue[]) =>
      Promise.resolve(Number(this.#sql(sql).run(...params).changes)),
  };

  get(sql: string, ...params: SqlValue[]): Promise<Row | undefined> {
    return this.#queued(() => this.#direct.get(sql, ...params));
  }

  all(sql: string, ...params: SqlValue[]): Promise<Row[]> {
    return this.#queued(() => this.#direct.all(sql, ...params));
  }

  run(sql: string, ...params: SqlValue[]): Promise<number> {
    return this.#queued(() => this.#direct.run(sql, ...params));
  }

  /**
   * Transaction control as prepared statements, like every other statement: each signup runs a
   * savepoint, and `exec` would compile its text again every time.
   */
  #control(
    sql:
      | 'BEGIN IMMEDIATE'
      | 'COMMIT'
      | 'ROLLBACK'
      | 'SAVEPOINT step'
      | 'RELEASE step'
      | 'ROLLBACK TO step',
  ): void {
    this.#sql(sql).run();
  }

  transaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    return this.#queued(async () => {
      this.#control('BEGIN IMMEDIATE');
      try {
        const result = await work(this.#transaction);
        this.#control('COMMIT');
        return result;
      } catch (error) {
        this.#control('ROLLBACK');
        throw error;
      }
    });
  }

  readonly #transaction: Transaction = {
    ...this.#direct,
    // One writer at a time already (BEGIN IMMEDIATE and the queue): nothing more to hold.
    lock: () => Promise.resolve(),
    // One name for every savepoint: they follow each other, and should one ever sit inside
    // another, RELEASE and ROLLBACK TO name the innermost.
    savepoint: async <T>(work: () => Promise<T>): Promise<T | Error> => {
      this.#control('SAVEPOINT step');
      try {
        const result = await work();
        this.#control('RELEASE step');
        return result;
      } catch (error) {
        this.#control('ROLLBACK TO step');
        this.#control('RELEASE step');
        return error instanceof Error ? error : new Error(String(error));
      }
    },
  };

  /** The file's own counter (PRAGMA user_version) says how many migrations it has seen. */
  migrate(migrations: readonly Migration[]): Promise<void> {
    return this.#queued(() => {
      const current = this.#userVersion();
      migrations.slice(current).forEach((migration, index) => {
        this.#db.exec('BEGIN IMMEDIATE');
        try {
          this.#db.exec(migration.sqlite);
          this.#db.exec(`PRAGMA user_version = ${current + index + 1}`);
          this.#db.exec('COMMIT');
        } catch (error) {
          this.#db.exec('ROLLBACK');
          throw error;
        }
      });
    });
  }

  #userVersion(): number {
    return Number((this.#db.prepare('PRAGMA user_version').get() as Row)['user_version']);
  }

  schemaVersion(): Promise<number> {
    return this.#queued(() => this.#userVersion());
  }

  queryPlan(sql: string, ...params: SqlValue[]): Promise<string[]> {
    return this.#queued(() =>
      (this.#db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as Row[]).map((row) =>
        String(row['detail']),
      ),
    );
  }

  close(): Promise<void> {
    return this.#queued(() => this.#db.close());
  }
}
