/**
 * Moving a store over: copies every table of one store into another (in practice an existing
 * SQLite file into PostgreSQL, `npm run store:copy`), then checks both by row counts and
 * checksums. Each batch is its own transaction and every row is written as an upsert on its key,
 * so the copy can be run again at any time: after an interruption it completes what is missing,
 * and on a finished copy it changes nothing.
 */
import { createHash } from 'node:crypto';
import { registrationFields } from './registration-fields.ts';
import type { Row, SqlEngine, SqlValue } from './sql-engine.ts';

interface CopiedTable {
  name: string;
  /** The primary key's columns, in the order the rows are read and compared. */
  key: readonly string[];
  columns: readonly string[];
  /** Rows never copied: the health check's heartbeat is each store's own. */
  skip?: string;
}

const tallyKey = [
  'kind',
  'event_id',
  'status',
  'municipality',
  'service_point',
  'via',
  'channel',
  'landing_page',
  'day',
] as const;

/** In the order the foreign keys need: registrations before their deliveries. */
export const copiedTables: readonly CopiedTable[] = [
  { name: 'settings', key: ['key'], columns: ['key', 'value'], skip: "key <> 'health'" },
  { name: 'registration_kinds', key: ['kind'], columns: ['kind'] },
  {
    name: 'registrations',
    key: ['id'],
    columns: Object.values(registrationFields).map((field) => field.column),
  },
  {
    name: 'deliveries',
    key: ['id'],
    columns: [
      'id',
      'registration_id',
      'channel',
      'target',
      'payload',
      'status',
      'attempts',
      'next_attempt_at',
      'last_error',
      'delivered_at',
      'created_at',
      'claimed_until',
    ],
  },
  {
    name: 'registration_tallies',
    key: tallyKey,
    columns: [...tallyKey, 'registrations', 'people'],
  },
];

export interface TableCheck {
  table: string;
  rows: { from: number; to: number };
  checksum: { from: string; to: string };
  same: boolean;
}

export interface CopyOptions {
  batchSize?: number;
  /** Stops after this many batches (to test that a copy broken off completes when run again). */
  maxBatches?: number;
  onProgress?: (table: string, copied: number) => void;
}

/** Rows after `after` (a key's values) in key order, a batch at a time. */
function pageSql(table: CopiedTable, after: boolean, limit: number): string {
  const conditions = [
    ...(table.skip ? [table.skip] : []),
    // A row-value comparison reads the key in order, in both engines.
    ...(after ? [`(${table.key.join(', ')}) > (${table.key.map(() => '?').join(', ')})`] : []),
  ];
  return `SELECT ${table.columns.join(', ')} FROM ${table.name}
    ${conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : ''}
    ORDER BY ${table.key.join(', ')} LIMIT ${limit}`;
}

async function* batchesOf(
  engine: SqlEngine,
  table: CopiedTable,
  batchSize: number,
): AsyncGenerator<Row[]> {
  let last: Row | undefined;
  for (;;) {
    const keyValues = last ? table.key.map((column) => last![column] as SqlValue) : [];
    const rows = await engine.all(pageSql(table, last !== undefined, batchSize), ...keyValues);
    if (rows.length === 0) return;
    yield rows;
    last = rows[rows.length - 1];
    if (rows.length < batchSize) return;
  }
}

function upsertSql(table: CopiedTable): string {
  const values = table.columns.filter((column) => !table.key.includes(column));
  const onConflict =
    values.length === 0
      ? 'DO NOTHING'
      : `DO UPDATE SET ${values.map((column) => `${column} = excluded.${column}`).join(', ')}`;
  return `INSERT INTO ${table.name} (${table.columns.join(', ')})
    VALUES (${table.columns.map(() => '?').join(', ')})
    ON CONFLICT (${table.key.join(', ')}) ${onConflict}`;
}

/** Copies every table; returns how many rows each had. Both stores must be migrated already. */
export async function copyStore(
  from: SqlEngine,
  to: SqlEngine,
  options: CopyOptions = {},
): Promise<Record<string, number>> {
  const batchSize = options.batchSize ?? 500;
  let batches = 0;
  const copied: Record<string, number> = {};
  for (const table of copiedTables) {
    const upsert = upsertSql(table);
    let rowsCopied = 0;
    copied[table.name] = rowsCopied;
    for await (const rows of batchesOf(from, table, batchSize)) {
      if (options.maxBatches !== undefined && batches >= options.maxBatches) return copied;
      await to.transaction(async (tx) => {
        for (const row of rows) {
          await tx.run(upsert, ...table.columns.map((column) => row[column] as SqlValue));
        }
      });
      batches += 1;
      rowsCopied += rows.length;
      copied[table.name] = rowsCopied;
      options.onProgress?.(table.name, rowsCopied);
    }
  }
  if (to.dialect === 'postgres') {
    // Ids given explicitly leave the identity behind: new deliveries continue after the copied.
    await to.run(
      "SELECT setval(pg_get_serial_sequence('deliveries', 'id'), (SELECT MAX(id) FROM deliveries))",
    );
  }
  return copied;
}

const modulus = 2n ** 256n;

/**
 * A table's rows and a checksum over them as the application reads them: the sum of each row's
 * SHA-256, so that it does not depend on the order in which an engine's collation sorts keys.
 */
async function fingerprint(engine: SqlEngine, table: CopiedTable) {
  let sum = 0n;
  let rows = 0;
  for await (const batch of batchesOf(engine, table, 1000)) {
    for (const row of batch) {
      const values = JSON.stringify(table.columns.map((column) => row[column] ?? null));
      sum = (sum + BigInt(`0x${createHash('sha256').update(values).digest('hex')}`)) % modulus;
      rows += 1;
    }
  }
  return { rows, checksum: sum.toString(16).padStart(64, '0') };
}

/** Compares every table of the two stores by its number of rows and its checksum. */
export async function verifyCopy(from: SqlEngine, to: SqlEngine): Promise<TableCheck[]> {
  const checks: TableCheck[] = [];
  for (const table of copiedTables) {
    const [source, target] = await Promise.all([fingerprint(from, table), fingerprint(to, table)]);
    checks.push({
      table: table.name,
      rows: { from: source.rows, to: target.rows },
      checksum: { from: source.checksum, to: target.checksum },
      same: source.rows === target.rows && source.checksum === target.checksum,
    });
  }
  return checks;
}
