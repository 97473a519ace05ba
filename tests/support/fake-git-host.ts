/**
 * What the fake GitHub and the fake GitLab share: an HTTP server on 127.0.0.1 that records every
 * call (and, separately, the calls it has no answer for, so a newer Decap that asks for something
 * else is easy to spot), and a "repository" read from a project copy on disk.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

export interface Answer {
  status?: number;
  /** An object is sent as JSON; a string or Buffer as is. */
  body?: unknown;
  headers?: Record<string, string>;
}

export interface FakeRequest {
  method: string;
  url: URL;
  headers: IncomingMessage['headers'];
  body: string;
}

export interface FakeHost {
  url: string;
  /** `METHOD /path?query` of every call, in order. */
  calls: string[];
  /** The calls answered with 404 because the fake does not know them. */
  unknown: string[];
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => resolve(body));
  });
}

function send(res: ServerResponse, answer: Answer, head: boolean) {
  const { status = 200, body, headers = {} } = answer;
  const isJson = body !== undefined && typeof body !== 'string' && !Buffer.isBuffer(body);
  const payload = isJson ? JSON.stringify(body) : body;
  res.writeHead(status, {
    ...(isJson && { 'Content-Type': 'application/json; charset=utf-8' }),
    ...headers,
  });
  res.end(head ? undefined : payload);
}

/**
 * Starts a fake host. `handle` answers a call, or returns undefined for a call it does not know
 * (then `notFound` is sent and the call is logged). `headers` go on every answer (CORS).
 */
export async function startFakeHost(
  name: string,
  handle: (request: FakeRequest) => Answer | undefined | Promise<Answer | undefined>,
  options: { headers: (request: FakeRequest) => Record<string, string>; notFound: unknown },
): Promise<FakeHost> {
  const calls: string[] = [];
  const unknown: string[] = [];
  const server = createServer((req, res) => {
    answer(req, res).catch((error: unknown) => {
      console.error(`fake ${name}: answering failed`, error);
      res.destroy();
    });
  });
  async function answer(req: IncomingMessage, res: ServerResponse) {
    const method = req.method ?? 'GET';
    const request = {
      method,
      url: new URL(req.url ?? '/', 'http://fake.invalid'),
      headers: req.headers,
      body: await readBody(req),
    };
    const call = `${method} ${req.url}`;
    calls.push(call);
    for (const [header, value] of Object.entries(options.headers(request))) {
      res.setHeader(header, value);
    }
    try {
      const answer = await handle(request);
      if (answer) return send(res, answer, method === 'HEAD');
      unknown.push(call);
      console.warn(`fake ${name}: no answer for ${call}`);
      send(res, { status: 404, body: options.notFound }, method === 'HEAD');
    } catch (error) {
      console.error(`fake ${name}: ${call} failed`, error);
      send(res, { status: 500, body: { message: String(error) } }, false);
    }
  }
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    calls,
    unknown,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** Git's object id of a file: SHA-1 over "blob <size>\0<content>". */
export function gitBlobSha(content: Buffer): string {
  return createHash('sha1').update(`blob ${content.length}\0`).update(content).digest('hex');
}

export interface RepoFile {
  /** Path from the repository root, with forward slashes. */
  path: string;
  /** Path inside the folder that was listed (what GitHub's tree API calls `path`). */
  inFolder: string;
  name: string;
  type: 'blob' | 'tree';
  sha: string;
  size: number;
}

/** The branch of the fake repository: the files of a project copy on disk, read when asked. */
export class FakeRepository {
  /** Blob ids seen in listings, so a blob can be fetched by its id as Git hosts allow. */
  private readonly blobs = new Map<string, string>();

  private readonly root: string;

  constructor(root: string) {
    this.root = path.resolve(root);
  }

  private resolve(repoPath: string): string | undefined {
    const file = path.resolve(this.root, `.${path.posix.normalize(`/${repoPath}`)}`);
    return file === this.root || file.startsWith(this.root + path.sep) ? file : undefined;
  }

  /** The entries of a folder (all levels when `recursive`), or undefined when it is no folder. */
  list(folder: string, recursive: boolean): RepoFile[] | undefined {
    const dir = this.resolve(folder);
    if (!dir || !statSync(dir, { throwIfNoEntry: false })?.isDirectory()) return undefined;
    const entries: RepoFile[] = [];
    for (const entry of readdirSync(dir, { withFileTypes: true, recursive })) {
      const file = path.join(entry.parentPath, entry.name);
      const toPosix = (relative: string) => relative.split(path.sep).join('/');
      const names = {
        path: toPosix(path.relative(this.root, file)),
        inFolder: toPosix(path.relative(dir, file)),
        name: entry.name,
      };
      if (entry.isDirectory()) {
        entries.push({ ...names, type: 'tree', sha: gitBlobSha(Buffer.from(names.path)), size: 0 });
      } else if (entry.isFile()) {
        const content = readFileSync(file);
        const sha = gitBlobSha(content);
        this.blobs.set(sha, names.path);
        entries.push({ ...names, type: 'blob', sha, size: content.length });
      }
    }
    return entries;
  }

  /** A file's content by its path, or undefined. */
  read(repoPath: string): Buffer | undefined {
    const file = this.resolve(repoPath);
    if (!file || !statSync(file, { throwIfNoEntry: false })?.isFile()) return undefined;
    return readFileSync(file);
  }

  /** A blob's content by the id a listing gave, or undefined. */
  blob(sha: string): Buffer | undefined {
    const repoPath = this.blobs.get(sha);
    return repoPath === undefined ? undefined : this.read(repoPath);
  }
}
