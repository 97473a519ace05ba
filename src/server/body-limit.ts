/**
 * The body size limit. A Content-Length over the limit is refused before reading; a chunked body
 * (Transfer-Encoding, no length) can only be measured while it arrives. Either way the body is
 * read here, up to the limit, and handed to Astro as a buffer (its Node adapter takes `req.body`
 * when set, instead of reading the request as a stream).
 */
import type { IncomingMessage } from 'node:http';

/** True when the request has a body without a Content-Length. */
export function hasUnannouncedBody(req: IncomingMessage): boolean {
  return (
    req.headers['content-length'] === undefined && req.headers['transfer-encoding'] !== undefined
  );
}

/** What became of reading a body: kept, over the limit, or the client hung up halfway. */
export type BodyRead = 'read' | 'too-large' | 'aborted';

/** The body kept by `readLimitedBody` (Astro's Node adapter takes it from the same place). */
export function keptBody(req: IncomingMessage): Buffer | undefined {
  return (req as IncomingMessage & { body?: Buffer }).body;
}

/**
 * Reads the whole body when it stays within `maxBytes` and keeps it as `req.body`; answers
 * 'too-large' (and stops keeping data) as soon as it grows past the limit.
 */
export function readLimitedBody(req: IncomingMessage, maxBytes: number): Promise<BodyRead> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let received = 0;
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      if (received > maxBytes) {
        req.off('data', onData);
        req.off('end', onEnd);
        // Keep draining so the answer can be written; the caller closes the connection.
        req.resume();
        resolve('too-large');
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      (req as IncomingMessage & { body?: Buffer }).body = Buffer.concat(chunks);
      resolve('read');
    };
    req.on('data', onData);
    req.on('end', onEnd);
    // A client that hangs up halfway ("aborted") has no one left to answer: nothing to log.
    req.once('error', () => resolve('aborted'));
    req.once('close', () => resolve('aborted'));
  });
}
