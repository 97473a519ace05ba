/**
 * A throw-away PostgreSQL cluster for the tests and the benchmark: `initdb` in a temporary folder,
 * started with `pg_ctl` on 127.0.0.1 and a free port, removed again by `stop()`. It needs the
 * server binaries of Debian's `postgresql` package (.ci/run installs it). PostgreSQL refuses to
 * run as root, so under root the cluster runs as the package's own `postgres` user.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface PostgresCluster {
  /** The address of the cluster's `postgres` database, as the superuser. */
  url: string;
  /** The address of another database in the same cluster. */
  urlOf(database: string): string;
  stop(): void;
}

/** The folder with initdb and pg_ctl: on the PATH, or the newest under /usr/lib/postgresql. */
export function postgresBinaries(): string {
  const onPath = (process.env['PATH'] ?? '')
    .split(path.delimiter)
    .find((dir) => existsSync(path.join(dir, 'initdb')) && existsSync(path.join(dir, 'pg_ctl')));
  if (onPath) return onPath;
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((version) => existsSync(path.join(root, version, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  const newest = versions[0];
  if (!newest) {
    throw new Error(
      'The PostgreSQL tests need the server binaries (initdb, pg_ctl): apt-get install -y postgresql',
    );
  }
  return path.join(root, newest, 'bin');
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** The uid and gid of the `postgres` user, when this process is root and must hand over. */
function serverUser(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres']).toString().trim());
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    throw new Error(
      'PostgreSQL cannot run as root, and there is no postgres user: apt-get install -y postgresql',
    );
  }
}

export interface ClusterOptions {
  /**
   * Durable commits as in production (fsync on). Off by default: the tests kill the site's
   * processes, never the database, and run several times faster without waiting for the disk.
   */
  durable?: boolean;
}

export async function startPostgresCluster(options: ClusterOptions = {}): Promise<PostgresCluster> {
  const bin = postgresBinaries();
  const dir = mkdtempSync(path.join(tmpdir(), 'pg-cluster-'));
  const data = path.join(dir, 'data');
  const user = serverUser();
  if (user) {
    chownSync(dir, user.uid, user.gid);
    chmodSync(dir, 0o700);
  }
  const run = (command: string, args: string[]) =>
    execFileSync(path.join(bin, command), args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      ...(user ? { uid: user.uid, gid: user.gid } : {}),
      env: { ...process.env, LC_ALL: 'C', LANG: 'C' },
    });
  const port = await freePort();
  try {
    run('initdb', [
      '-D',
      data,
      '-U',
      'postgres',
      '-A',
      'trust',
      '-E',
      'UTF8',
      '--locale=C',
      ...(options.durable ? [] : ['--no-sync']),
    ]);
    const settings = [
      `-p ${port}`,
      '-c listen_addresses=127.0.0.1',
      `-c unix_socket_directories=${dir}`,
      '-c max_connections=300',
      ...(options.durable ? [] : ['-c fsync=off', '-c synchronous_commit=off']),
    ].join(' ');
    run('pg_ctl', [
      'start',
      '-w',
      '-t',
      '60',
      '-D',
      data,
      '-l',
      path.join(dir, 'log'),
      '-o',
      settings,
    ]);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    const output = (error as { stderr?: Buffer }).stderr?.toString() ?? '';
    throw new Error(`The test PostgreSQL cluster did not start: ${output || String(error)}`);
  }
  const urlOf = (database: string) => `postgres://postgres@127.0.0.1:${port}/${database}`;
  let stopped = false;
  return {
    url: urlOf('postgres'),
    urlOf,
    stop() {
      if (stopped) return;
      stopped = true;
      try {
        run('pg_ctl', ['stop', '-m', 'immediate', '-D', data]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
