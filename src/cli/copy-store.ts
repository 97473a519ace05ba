/**
 * `npm run store:copy -- [--data <dir>]`: copies the SQLite store (signups.db in DATA_DIR, or
 * --data) into the PostgreSQL database of DATABASE_URL, then checks both table by table (rows and
 * checksums). Safe to run again: it completes a copy that was broken off and changes nothing on a
 * finished one (src/lib/registrations/copy-store.ts). Stop the site first, so nothing changes
 * while it copies. Exits 0 when every table matches, 1 when one does not, 2 on wrong input.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { copyStore, verifyCopy } from '../lib/registrations/copy-store.ts';
import { migrations } from '../lib/registrations/migrations.ts';
import { PostgresEngine } from '../lib/registrations/postgres-engine.ts';
import { SqliteEngine } from '../lib/registrations/sqlite-engine.ts';

const { values } = parseArgs({ options: { data: { type: 'string' } } });
const databaseUrl = process.env['DATABASE_URL'];
if (!databaseUrl || !/^postgres(ql)?:\/\//.test(databaseUrl)) {
  console.error(
    'Zet DATABASE_URL op de PostgreSQL-database om naartoe te kopiëren (postgres://…).',
  );
  process.exit(2);
}
const file = path.resolve(values.data ?? process.env['DATA_DIR'] ?? './data', 'signups.db');
if (!existsSync(file)) {
  console.error(`Geen SQLite-opslag gevonden in ${file}. Geef de map mee met --data of DATA_DIR.`);
  process.exit(2);
}

const from = new SqliteEngine(file);
const to = new PostgresEngine(databaseUrl, 2);
try {
  // Both at the newest schema: the file as this version would open it, the database ready.
  await from.migrate(migrations);
  await to.migrate(migrations);
  // Progress on a terminal only: a log gets the summary below.
  const terminal = process.stdout.isTTY;
  const copied = await copyStore(from, to, {
    ...(terminal
      ? {
          onProgress: (table: string, rows: number) =>
            process.stdout.write(`\r${table}: ${rows} rijen gekopieerd   `),
        }
      : {}),
  });
  if (terminal) process.stdout.write('\n');
  console.info(
    `Gekopieerd: ${Object.entries(copied)
      .map(([table, rows]) => `${table} ${rows}`)
      .join(', ')}.`,
  );
  const checks = await verifyCopy(from, to);
  for (const check of checks) {
    console.info(
      `${check.same ? 'gelijk  ' : 'VERSCHIL'} ${check.table}: ${check.rows.from} → ${check.rows.to} rijen, controlegetal ${check.checksum.to.slice(0, 16)}`,
    );
  }
  if (checks.some((check) => !check.same)) {
    console.error(
      'Niet alles is gelijk. Draait de site nog op de SQLite-opslag? Stop hem en kopieer opnieuw.',
    );
    process.exitCode = 1;
  } else {
    console.info('Alles is gelijk: de site kan met DATABASE_URL starten.');
  }
} finally {
  await from.close();
  await to.close();
}
