/**
 * The signup baseline for `npm run bench:signup`, run in its own process: parse the form body,
 * insert one row durably (WAL, synchronous=FULL, like the real store), answer 303. Nothing else.
 * `--processes N` (for `bench:signup-floor`) serves it from N processes on one port and one
 * file through node:cluster, as SITE_PROCESSES does for the site: does the bare ceiling rise too?
 */
import cluster from 'node:cluster';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';

const processesFlag = process.argv.indexOf('--processes');
const processes = processesFlag > 0 ? Number(process.argv[processesFlag + 1]) : 1;

function openDatabase(file: string): DatabaseSync {
  const db = new DatabaseSync(file, { timeout: 5000 });
  db.exec('PRAGMA journal_mode = WAL');
  db.exec('PRAGMA synchronous = FULL');
  return db;
}

function serve(file: string) {
  const insert = openDatabase(file).prepare(
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
  // In a cluster, every process that listens on port 0 gets the same port.
  server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    if (cluster.isPrimary) console.info(`listening ${port}`);
    else process.send?.({ port });
  });
  process.on('SIGTERM', () => server.close(() => process.exit(0)));
}

if (cluster.isWorker) {
  serve(String(process.env['BASELINE_FILE']));
} else {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'baseline-')), 'b.db');
  openDatabase(file).exec(
    'CREATE TABLE r (id INTEGER PRIMARY KEY, name TEXT, email TEXT, organisation TEXT, created_at TEXT)',
  );
  if (processes <= 1) {
    serve(file);
  } else {
    let listening = 0;
    for (let i = 0; i < processes; i += 1) {
      const worker = cluster.fork({ BASELINE_FILE: file });
      worker.once('message', (message: { port: number }) => {
        listening += 1;
        if (listening === processes) console.info(`listening ${message.port}`);
      });
    }
    process.on('SIGTERM', () => {
      const workers = Object.values(cluster.workers ?? {});
      let left = workers.length;
      for (const worker of workers) {
        worker?.once('exit', () => {
          left -= 1;
          if (left === 0) process.exit(0);
        });
        worker?.kill('SIGTERM');
      }
    });
  }
}
