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

/**
 * Reads the whole body when it stays within `maxBytes` and keeps it as `req.body`; resolves
 * false (and stops keeping data) as soon as it grows past the limit.
 */
export function readLimitedBody(req: IncomingMessage, maxBytes: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let received = 0;
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      if (received > maxBytes) {
        req.off('data', onData);
        req.off('end', onEnd);
        // Keep draining so the answer can be written; the caller closes the connection.
        req.resume();
        resolve(false);
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      (req as IncomingMessage & { body?: Buffer }).body = Buffer.concat(chunks);
      resolve(true);
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.once('error', reject);
    // A client that hangs up halfway ends neither way; settle so the request is not kept.
    req.once('close', () => resolve(false));
  });
}
