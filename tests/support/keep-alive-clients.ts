/**
 * Keep-alive clients for graceful-stop tests: each sends POSTs one after another on its own
 * connection until the server answers `Connection: close`, and records what went wrong.
 */
import { Agent, request } from 'node:http';

export interface KeepAliveTraffic {
  /** Complete responses received. */
  answered: number;
  /** Responses that said `Connection: close` (each ends its client). */
  closed: number;
  /** Errors on requests sent before the server told that client to close (resets, hang-ups). */
  errors: string[];
  /** Responses whose body did not match their Content-Length. */
  incomplete: number;
  /** Resolves when every client has stopped. */
  done: Promise<void>;
}

export interface PostSpec {
  path: string;
  headers?: Record<string, string>;
  body: () => string;
}

export function keepAliveTraffic(
  url: string,
  clients: number,
  post: PostSpec,
  maxRequestsPerClient = 10_000,
): KeepAliveTraffic {
  const traffic: KeepAliveTraffic = {
    answered: 0,
    closed: 0,
    errors: [],
    incomplete: 0,
    done: Promise.resolve(),
  };
  const once = (agent: Agent) =>
    new Promise<boolean>((resolve) => {
      const body = post.body();
      const req = request(
        `${url}${post.path}`,
        {
          method: 'POST',
          agent,
          headers: { ...post.headers, 'content-length': Buffer.byteLength(body) },
        },
        (res) => {
          let received = 0;
          res.on('data', (chunk: Buffer) => (received += chunk.length));
          res.on('error', (error) => {
            traffic.errors.push(`response: ${error.message}`);
            resolve(false);
          });
          res.on('end', () => {
            const length = res.headers['content-length'];
            if (!res.complete || (length !== undefined && Number(length) !== received)) {
              traffic.incomplete += 1;
            }
            traffic.answered += 1;
            const close = res.headers.connection === 'close';
            if (close) traffic.closed += 1;
            resolve(!close);
          });
        },
      );
      req.on('error', (error) => {
        traffic.errors.push(`request: ${error.message}`);
        resolve(false);
      });
      req.end(body);
    });
  traffic.done = Promise.all(
    Array.from({ length: clients }, async () => {
      const agent = new Agent({ keepAlive: true, maxSockets: 1 });
      for (let i = 0; i < maxRequestsPerClient; i++) if (!(await once(agent))) break;
      agent.destroy();
    }),
  ).then(() => undefined);
  return traffic;
}
