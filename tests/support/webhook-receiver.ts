/**
 * A WSP's webhook receiver on 127.0.0.1 for fault tests: verifies every message with the
 * Standard Webhooks reference library, can be told to fail, and counts what it accepted by id.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

export interface Receiver {
  url: string;
  /** Answer 503 to everything while true. */
  failing: boolean;
  /** Attempts seen, accepted or not. */
  attempts: number;
  /** Registration id → how many times it was accepted (2xx). */
  accepted: Map<string, number>;
  /** Registration id → the last verified message for it. */
  messages: Map<string, { type: string; data: Record<string, unknown> }>;
  /** Messages whose signature did not verify. */
  forged: number;
  close(): Promise<void>;
}

export async function startReceiver(secret: string): Promise<Receiver> {
  const verifier = new Webhook(secret);
  const receiver: Receiver = {
    url: '',
    failing: false,
    attempts: 0,
    accepted: new Map(),
    messages: new Map(),
    forged: 0,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      receiver.attempts += 1;
      if (receiver.failing) {
        res.writeHead(503);
        res.end();
        return;
      }
      try {
        const message = verifier.verify(body, req.headers as Record<string, string>) as {
          type: string;
          data: { id: string };
        };
        receiver.accepted.set(message.data.id, (receiver.accepted.get(message.data.id) ?? 0) + 1);
        receiver.messages.set(message.data.id, message);
        res.writeHead(204);
      } catch {
        receiver.forged += 1;
        res.writeHead(400);
      }
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks/aanmeldingen`;
  return receiver;
}
