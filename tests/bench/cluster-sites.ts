/**
 * For `npm run bench:signup-floor` only: several copies of a project's site server sharing one
 * port through node:cluster, each with its own store (DATA_DIRS, comma-separated, one per copy).
 * Not a way to deploy the site: two stores would each take the event's places. It measures how
 * far the HTTP and Astro work of a signup would go on this machine if it were spread over
 * processes. Prints `listening <port> <pid>,<pid>,...` once every copy listens.
 */
import cluster from 'node:cluster';
import path from 'node:path';

const [root] = process.argv.slice(2);
const dataDirs = (process.env['DATA_DIRS'] ?? '').split(',').filter(Boolean);
if (!root || dataDirs.length === 0) {
  console.error('usage: DATA_DIRS=<dir>,<dir> node cluster-sites.ts <project root>');
  process.exit(2);
}

cluster.setupPrimary({ exec: path.join(root, 'src/server/start.ts'), silent: true });
const pids: number[] = [];
for (const dataDir of dataDirs) {
  const worker = cluster.fork({ DATA_DIR: dataDir });
  worker.once('listening', () => {
    pids.push(worker.process.pid ?? 0);
    if (pids.length === dataDirs.length)
      console.info(`listening ${process.env['PORT']} ${pids.join(',')}`);
  });
  worker.once('exit', (code, signal) => {
    if (signal !== 'SIGTERM' && code !== 0) {
      console.error(`A copy of the site stopped (${signal ?? code}).`);
      process.exit(1);
    }
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
