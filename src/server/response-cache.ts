/**
 * A small in-memory copy of what sirv answered, so that a plain GET for a small file is answered
 * without opening, reading and closing it again (docs/benchmarks.md, "Static serving"). sirv
 * stays the one source of headers and semantics: on a miss it answers as always and this records
 * exactly what it writes (the headers it sets, the status and headers it passes to writeHead, the
 * body it pipes); on a hit the same calls are made again from memory. Nothing here knows which
 * headers a file gets.
 *
 * The build's files never change under a running server: sirv already lists them with their size
 * and date once at start (production mode), so a new build needs a restart anyway (README,
 * Deploying), and a cached answer is as current as sirv's own headers.
 */
import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';

type HeaderValue = number | string | readonly string[];

export interface CachedAnswer {
  /** The headers sirv set on the response before writeHead (Vary, setHeaders' Content-Type). */
  setHeaders: [name: string, value: HeaderValue][];
  status: number;
  /** The headers object sirv passed to writeHead. */
  headers: OutgoingHttpHeaders;
  body: Buffer;
}

export interface ResponseCacheLimits {
  /** Larger bodies are not kept; sirv streams them every time. */
  maxEntryBytes: number;
  /** Once the kept bodies reach this, nothing more is added (the build's size is fixed). */
  maxTotalBytes: number;
}

export const defaultCacheLimits: ResponseCacheLimits = {
  maxEntryBytes: 256 * 1024,
  maxTotalBytes: 64 * 1024 * 1024,
};

export interface ResponseCache {
  get(key: string): CachedAnswer | undefined;
  /**
   * Watches what is written to `res` from now on and keeps it under `key` when it is a complete
   * 200 answer within the limits. Returns a function that stops watching (for when sirv passes the
   * request on, so that the next handler's writes are not recorded).
   */
  record(key: string, res: ServerResponse): () => void;
  /** The bytes of the bodies kept. */
  readonly totalBytes: number;
}

/** Answers from memory with the same calls sirv made; HEAD gets the headers only. */
export function replay(res: ServerResponse, answer: CachedAnswer, head: boolean): void {
  for (const [name, value] of answer.setHeaders) res.setHeader(name, value);
  res.writeHead(answer.status, answer.headers);
  res.end(head ? undefined : answer.body);
}

export function createResponseCache(
  limits: ResponseCacheLimits = defaultCacheLimits,
): ResponseCache {
  const answers = new Map<string, CachedAnswer>();
  let totalBytes = 0;

  function keep(key: string, answer: CachedAnswer) {
    if (answers.has(key) || totalBytes + answer.body.length > limits.maxTotalBytes) return;
    answers.set(key, answer);
    totalBytes += answer.body.length;
  }

  function record(key: string, res: ServerResponse): () => void {
    // Bound, so that putting them back (stop) leaves the response as it was.
    const original = {
      setHeader: res.setHeader.bind(res),
      writeHead: res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse,
      write: res.write.bind(res) as (...args: unknown[]) => boolean,
      end: res.end.bind(res) as (...args: unknown[]) => ServerResponse,
    };
    const setHeaders: CachedAnswer['setHeaders'] = [];
    let status: number | undefined;
    let headers: OutgoingHttpHeaders = {};
    let expectedBytes = 0;
    let keeping = true;
    const chunks: Buffer[] = [];
    let bytes = 0;

    const stop = () => {
      keeping = false;
      Object.assign(res, original);
    };
    const finish = () => {
      if (keeping && status === 200 && bytes === expectedBytes) {
        // One buffer of the exact size: the read stream's chunks may be views of larger buffers.
        keep(key, { setHeaders, status, headers, body: Buffer.concat(chunks, bytes) });
      }
      stop();
    };
    const take = (chunk: unknown) => {
      if (!keeping || chunk === undefined || chunk === null || typeof chunk === 'function') return;
      const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
      bytes += buffer.length;
      if (bytes > expectedBytes) return stop();
      chunks.push(buffer);
      // Kept as soon as the whole body is written: the client has it, and may ask again, before
      // the read stream ends and calls end().
      if (bytes === expectedBytes) finish();
    };

    res.setHeader = (name, value) => {
      // Node's writeHead sets its headers through setHeader too; only sirv's own calls count.
      if (keeping && status === undefined) setHeaders.push([name, value]);
      return original.setHeader(name, value);
    };
    res.writeHead = (code: number, ...rest: unknown[]) => {
      status = code;
      const given =
        typeof rest[0] === 'object' && rest[0] !== null
          ? (rest[0] as OutgoingHttpHeaders)
          : undefined;
      const length = Number(given?.['Content-Length'] ?? NaN);
      // sirv writes writeHead(200, headers) with the file's length; anything else is not kept.
      if (
        !given ||
        code !== 200 ||
        rest.length !== 1 ||
        !Number.isInteger(length) ||
        length > limits.maxEntryBytes ||
        totalBytes + length > limits.maxTotalBytes
      ) {
        stop();
      } else {
        headers = { ...given };
        expectedBytes = length;
      }
      return original.writeHead(code, ...rest);
    };
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      take(chunk);
      return original.write(chunk, ...rest);
    }) as ServerResponse['write'];
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      take(chunk);
      finish();
      return original.end(chunk, ...rest);
    }) as ServerResponse['end'];
    return stop;
  }

  return {
    get: (key) => answers.get(key),
    record,
    get totalBytes() {
      return totalBytes;
    },
  };
}
