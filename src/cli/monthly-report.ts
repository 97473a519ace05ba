/**
 * `npm run report -- --month 2026-12 [--out <file>] [--data <dir>] [--root <dir>]`: writes the
 * staff view's figures for one month as an HTML report (src/lib/staff/monthly-report.ts), by
 * default to `resultaten-<month>.html` in the current folder, and prints the file's name. Reads
 * the store in DATABASE_URL, or else DATA_DIR (or --data), and the names from content/.
 */
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { allCounts, monthPeriod } from '../lib/registrations/result-counts.ts';
import { openSignupStore } from '../lib/registrations/open-store.ts';
import { readResultNames } from '../lib/staff/content-names.ts';
import { monthlyReportHtml } from '../lib/staff/monthly-report.ts';
import { resultTables } from '../lib/staff/result-tables.ts';

const { values } = parseArgs({
  options: {
    month: { type: 'string' },
    out: { type: 'string' },
    data: { type: 'string' },
    root: { type: 'string' },
  },
});
const period = monthPeriod(values.month ?? '');
if (!values.month || !period) {
  console.error('Geef een maand mee, zoals: npm run report -- --month 2026-12');
  process.exit(2);
}
const root = path.resolve(values.root ?? path.join(import.meta.dirname, '../..'));
const dataDir = path.resolve(values.data ?? process.env['DATA_DIR'] ?? './data');
const out = path.resolve(values.out ?? `resultaten-${values.month}.html`);

const databaseUrl = process.env['DATABASE_URL'] || undefined;
const file = path.join(dataDir, 'signups.db');
// Opening a store that is not there would make an empty one, and a report of zeros.
if (!databaseUrl && !existsSync(file)) {
  console.error(`Geen aanmeldingen gevonden in ${file}. Geef de map mee met --data of DATA_DIR.`);
  process.exit(2);
}
const store = await openSignupStore({ dataDir, ...(databaseUrl ? { databaseUrl } : {}) });
try {
  const tables = resultTables(await allCounts(store, period), readResultNames(root));
  writeFileSync(out, monthlyReportHtml(tables, values.month, new Date()));
  console.info(`Verslag geschreven: ${out}`);
} finally {
  await store.close();
}
