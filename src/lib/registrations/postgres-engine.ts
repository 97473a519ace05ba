/**
 * The engine for more than one instance: PostgreSQL (DATABASE_URL), through a pool of
 * connections. Several processes may share the database; what must not happen twice is held
 * apart by transaction-scoped advisory locks (Transaction.lock), and a transaction that
 * PostgreSQL aborts for a serialization failure or a deadlock is run again from the start.
 */
import pg from 'pg';
import type { Migration, Row, SqlEngine, SqlValue, Transaction } from './sql-engine.ts';

/** SQLSTATEs after which a transaction may simply be run again. */
const retryable = new Set(['40001', '40P01']);
const maxAttempts = 5;

/** `?` placeholders as PostgreSQL's `$1, $2, …` (the store's SQL has no `?` in its literals). */
export function numberedPlaceholders(sql: string): string {
  let index = 0;
  return sql.replace(/\?/g, () => `$${++index}`);
}

function codeOf(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error
    ? String(error.code)
    : undefined;
}

interface Queryable {
  query(text: string, values?: SqlValue[]): Promise<pg.QueryResult>;
}

function sqlOf(client: Queryable) {
  const query = (sql: string, params: SqlValue[]) =>
    client.query(numberedPlaceholders(sql), params);
  return {
    get: async (sql: string, ...params: SqlValue[]) =>
      ((await query(sql, params)).rows[0] as Row | undefined) ?? undefined,
    all: async (sql: string, ...params: SqlValue[]) => (await query(sql, params)).rows as Row[],
    run: async (sql: string, ...params: SqlValue[]) => (await query(sql, params)).rowCount ?? 0,
  };
}

export class PostgresEngine implements SqlEngine {
  readonly dialect = 'postgres';
  readonly #pool: pg.Pool;
  readonly #sql: ReturnType<typeof sqlOf>;

  constructor(connectionString: string, poolSize = 10) {
    this.#pool = new pg.Pool({
      connectionString,
      max: poolSize,
      application_name: 'werkgevers-regio-amersfoort',
    });
    // An idle connection that the server closes must not take the process down.
    this.#pool.on('error', (error) => console.error('PostgreSQL pool:', error.message));
    this.#sql = sqlOf(this.#pool);
  }

  get(sql: string, ...params: SqlValue[]): Promise<Row | undefined> {
    return this.#sql.get(sql, ...params);
  }

  all(sql: string, ...params: SqlValue[]): Promise<Row[]> {
    return this.#sql.all(sql, ...params);
  }

  run(sql: string, ...params: SqlValue[]): Promise<number> {
    return this.#sql.run(sql, ...params);
  }

  async transaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt += 1) {
      const client = await this.#pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(this.#transactionOn(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        if (!retryable.has(codeOf(error) ?? '') || attempt >= maxAttempts) throw error;
      } finally {
        client.release();
      }
    }
  }

  #transactionOn(client: pg.PoolClient): Transaction {
    let savepoints = 0;
    return {
      ...sqlOf(client),
      lock: async (key) => {
        // A 64-bit hash of the key: two keys share a lock only by a vanishingly rare accident,
        // which costs waiting, never correctness.
        await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [key]);
      },
      savepoint: async <T>(work: () => Promise<T>): Promise<T | Error> => {
        const name = `step_${++savepoints}`;
        await client.query(`SAVEPOINT ${name}`);
        try {
          const result = await work();
          await client.query(`RELEASE SAVEPOINT ${name}`);
          return result;
        } catch (error) {
          // A lost conflict aborts the whole transaction: it must be retried, not swallowed.
          if (retryable.has(codeOf(error) ?? '')) throw error;
          await client.query(`ROLLBACK TO SAVEPOINT ${name}`);
          await client.query(`RELEASE SAVEPOINT ${name}`);
          return error instanceof Error ? error : new Error(String(error));
        }
      },
    };
  }

  /**
   * Applies the migrations this database has not seen, each in its own transaction (PostgreSQL
   * changes its schema transactionally). Instances starting together wait for one another's
   * migrations under one lock, so each migration is applied once.
   */
  async migrate(migrations: readonly Migration[]): Promise<void> {
    await this.transaction(async (tx) => {
      await tx.lock('schema-migrations');
      await tx.run('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
      const row = await tx.get('SELECT MAX(version) AS version FROM schema_version');
      const current = Number(row?.['version'] ?? 0);
      for (const [index, migration] of migrations.slice(current).entries()) {
        // Several statements in one text: sent without parameters, as one simple query.
        await tx.run(migration.postgres);
        await tx.run('INSERT INTO schema_version (version) VALUES (?)', current + index + 1);
      }
    });
  }

  async schemaVersion(): Promise<number> {
    const row = await this.get('SELECT MAX(version) AS version FROM schema_version');
    return Number(row?.['version'] ?? 0);
  }

  async queryPlan(sql: string, ...params: SqlValue[]): Promise<string[]> {
    const rows = await this.all(`EXPLAIN ${sql}`, ...params);
    return rows.map((row) => String(row['QUERY PLAN']));
  }

  async close(): Promise<void> {
    await this.#pool.end();
  }
}
