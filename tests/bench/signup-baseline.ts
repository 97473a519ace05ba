/**
 * The signup baseline for `npm run bench:signup`, run in its own process: parse the form body,
 * insert one row durably (WAL, synchronous=FULL, like the real store), answer 303. Nothing else.
 */
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';

const db = new DatabaseSync(path.join(mkdtempSync(path.join(tmpdir(), 'baseline-')), 'b.db'), {
  timeout: 5000,
});
db.exec('PRAGMA journal_mode = WAL');
db.exec('PRAGMA synchronous = FULL');
db.exec(
  'CREATE TABLE r (id INTEGER PRIMARY KEY, name TEXT, email TEXT, organisation TEXT, created_at TEXT)',
);
const insert = db.prepare(
  'INSERT INTO r (name, email, organisation, created_at) VALUES (?, ?, ?, ?)',
);

const server = createServer((req, res) => {
  let body = '';
  req.on('data', (chunk: Buffer) => (body += chunk.toString()));
  req.on('end', () => {
    const form = new URLSearchParams(body);
    insert.run(
      form.get('name'),
      form.get('email'),
      form.get('organisation'),
      new Date().toISOString(),
    );
    res.writeHead(303, { location: '/ok' });
    res.end();
  });
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  console.info(`listening ${typeof address === 'object' && address ? address.port : 0}`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
