/**
 * One service point whose receiver stalls (it accepts the connection and never answers) must not
 * hold up another's deliveries. Through the real server process: six signups routed to WSP
 * Foodvalley, whose receiver hangs, then one routed to WSP Regio Amersfoort, whose receiver works.
 */
import { mkdtempSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { startServer } from '../support/server-process.ts';
import { signUp } from '../support/signup-client.ts';
import { startReceiver } from '../support/webhook-receiver.ts';

const secret = `whsec_${Buffer.from('lanes-test-secret-of-enough-length').toString('base64')}`;
const eventId = 'ontbijtsessie-personeel-via-het-wsp';

test('a stalled receiver of one WSP holds up only its own deliveries', async () => {
  test.setTimeout(60_000);
  // Reads each request and never answers, as a receiver that has hung.
  const hanging: IncomingMessage[] = [];
  const stalled = createServer((req) => {
    hanging.push(req);
    req.resume();
  });
  await new Promise<void>((done) => stalled.listen(0, '127.0.0.1', done));
  const stalledUrl = `http://127.0.0.1:${(stalled.address() as AddressInfo).port}/`;
  const working = await startReceiver(secret);
  const server = await startServer({
    DATA_DIR: mkdtempSync(path.join(tmpdir(), 'lanes-')),
    DELIVERY_WSP_FOODVALLEY_WEBHOOK_URL: stalledUrl,
    DELIVERY_WSP_FOODVALLEY_WEBHOOK_SECRET: secret,
    DELIVERY_WSP_REGIO_AMERSFOORT_WEBHOOK_URL: working.url,
    DELIVERY_WSP_REGIO_AMERSFOORT_WEBHOOK_SECRET: secret,
  });
  try {
    for (let i = 0; i < 6; i++) {
      const result = await signUp(server.url, eventId, { municipality: 'barneveld' });
      expect(result.status).toBe(303);
    }
    await expect.poll(() => hanging.length).toBeGreaterThan(0);
    const result = await signUp(server.url, eventId, { municipality: 'amersfoort' });
    expect(result.status).toBe(303);
    // Delivered while Foodvalley's requests still hang, before the first of them times out.
    await expect.poll(() => working.accepted.size, { timeout: 5_000 }).toBe(1);
    expect(hanging.every((req) => !req.socket.destroyed)).toBe(true);
  } finally {
    await server.stop();
    stalled.closeAllConnections();
    stalled.close();
    await working.close();
  }
});
