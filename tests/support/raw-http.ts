/**
 * Sends bytes to a server exactly as given, for requests a browser or fetch() would normalise
 * (double slashes, backslashes, control characters, chunked bodies), and parses the answer's
 * status line and headers.
 */
import { connect } from 'node:net';

export interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export function parseAnswer(raw: string): RawAnswer {
  const [head = '', ...rest] = raw.split('\r\n\r\n');
  const [statusLine = '', ...lines] = head.split('\r\n');
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon > 0)
      headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { status: Number(statusLine.split(' ')[1] ?? 0), headers, body: rest.join('\r\n\r\n') };
}

/** Writes `request` to host:port and reads until the server closes the connection. */
export function rawRequest(base: string, request: string | Buffer): Promise<RawAnswer> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    let raw = '';
    socket.on('data', (chunk: Buffer) => (raw += chunk.toString('latin1')));
    socket.on('error', (error: NodeJS.ErrnoException) => {
      // A server may reset a connection whose body it refused; the answer came first.
      if (raw && error.code === 'ECONNRESET') resolve(parseAnswer(raw));
      else reject(error);
    });
    socket.on('end', () => resolve(parseAnswer(raw)));
    socket.write(request);
  });
}

/** A GET of a raw request target on a connection that closes after the answer. */
export function rawGet(base: string, target: string, headers: Record<string, string> = {}) {
  const host = new URL(base).host;
  const lines = Object.entries({ host, connection: 'close', ...headers }).map(
    ([name, value]) => `${name}: ${value}`,
  );
  return rawRequest(base, `GET ${target} HTTP/1.1\r\n${lines.join('\r\n')}\r\n\r\n`);
}
