/**
 * Lanes against real HTTP receivers on 127.0.0.1: one service point's receiver accepts
 * connections and never answers, the other answers at once.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { testStores } from '../../../tests/support/test-stores.ts';
import type { SignupStore } from './store.ts';
import { postWebhook } from './webhook.ts';
import { DeliveryWorker } from './worker.ts';

const secret = `whsec_${Buffer.from('lanes-test-secret-of-enough-length').toString('base64')}`;
// Receivers close first (so hanging attempts end), then workers stop, then stores close.
const cleanups: (() => Promise<void> | void)[] = [];
const stores: SignupStore[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
  for (const store of stores.splice(0)) await store.close();
});

interface TestReceiver {
  url: string;
  /** webhook-id of every request, in arrival order. */
  ids: string[];
  /** Requests that have arrived and not been answered or closed yet. */
  open: number;
  /** Most requests open at once for one webhook-id. */
  maxOpenPerId: number;
}

async function receiver(answer: boolean): Promise<TestReceiver> {
  const sockets = new Set<Socket>();
  const openPerId = new Map<string, number>();
  const state: TestReceiver = { url: '', ids: [], open: 0, maxOpenPerId: 0 };
  const server: Server = createServer((req, res) => {
    const id = String(req.headers['webhook-id']);
    state.ids.push(id);
    state.open += 1;
    openPerId.set(id, (openPerId.get(id) ?? 0) + 1);
    state.maxOpenPerId = Math.max(state.maxOpenPerId, openPerId.get(id) ?? 0);
    res.on('close', () => {
      state.open -= 1;
      openPerId.set(id, (openPerId.get(id) ?? 1) - 1);
    });
    req.resume();
    // The stalled one reads the request and then says nothing, as a hung receiver does.
    if (answer) req.on('end', () => res.writeHead(204).end());
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhook`;
  cleanups.push(
    () =>
      new Promise<void>((resolve) => {
        sockets.forEach((socket) => socket.destroy());
        server.close(() => resolve());
      }),
  );
  return state;
}

async function register(store: SignupStore, servicePoint: string, n: number) {
  await store.register(
    {
      eventId: 'e',
      capacity: 100,
      eventEnd: new Date(Date.now() + 14 * 86_400_000),
      idempotencyKey: `${servicePoint}-${n}`,
      name: 'Anna',
      email: `anna-${servicePoint}-${n}@example.nl`,
      organisation: 'Bakkerij',
      municipality: 'amersfoort',
      attendees: 1,
      servicePoint,
      consentText: 'ja',
    },
    new Date(),
    () => [
      {
        channel: 'webhook',
        target: servicePoint,
        payload: JSON.stringify({ messageId: `msg-${servicePoint}-${n}`, body: '{}' }),
      },
    ],
  );
}

function workerFor(store: SignupStore, urls: Record<string, string>, timeoutMs: number) {
  const worker = new DeliveryWorker(
    store,
    {
      send: (delivery) =>
        postWebhook(
          { url: urls[delivery.target] ?? '', secret },
          JSON.parse(delivery.payload) as { messageId: string; body: string },
          new Date(),
          timeoutMs,
        ),
    },
    () => new Date(),
    { retryHours: 72, retryBaseSeconds: 0.05, retentionDays: 30, random: () => 0 },
  );
  cleanups.push(() => worker.stop());
  return worker;
}

describe.each(testStores)('on $engine', (testStore) => {
  // Called through the object: TestStore declares them as methods.
  const open = () => testStore.open();

  async function newStore() {
    const store = await open();
    stores.push(store);
    return store;
  }

  describe('DeliveryWorker lanes', () => {
    it("delivers to B while A's receiver hangs, before A's first timeout", async () => {
      const stalled = await receiver(false);
      const healthy = await receiver(true);
      const store = await newStore();
      // A's six come first in the outbox: one at a time, B would wait six timeouts.
      for (let i = 0; i < 6; i++) await register(store, 'wsp-a', i);
      await register(store, 'wsp-b', 0);
      const worker = workerFor(store, { 'wsp-a': stalled.url, 'wsp-b': healthy.url }, 5_000);
      const started = Date.now();
      worker.start();

      await expect
        .poll(() => healthy.ids, { timeout: 3_000, interval: 20 })
        .toEqual(['msg-wsp-b-0']);
      console.info(`B delivered ${Date.now() - started} ms after the start, A stalled`);
      await expect
        .poll(async () => (await store.deliveryCounts()).delivered, { timeout: 1_000 })
        .toBe(1);
      // A's requests are all still hanging: no timeout has fired yet, and A's lane holds two.
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(stalled.open).toBe(2);
      expect(stalled.ids).toEqual(['msg-wsp-a-0', 'msg-wsp-a-1']);
    });

    it('never attempts one delivery twice at once and keeps its webhook-id on every retry', async () => {
      const stalled = await receiver(false);
      const store = await newStore();
      for (let i = 0; i < 3; i++) await register(store, 'wsp-a', i);
      const worker = workerFor(store, { 'wsp-a': stalled.url }, 150);
      worker.start();

      // Several rounds of timeouts and quick retries.
      await expect.poll(() => stalled.ids.length, { timeout: 5_000 }).toBeGreaterThanOrEqual(9);
      await worker.stop();
      expect(stalled.maxOpenPerId).toBe(1);
      expect(new Set(stalled.ids)).toEqual(new Set(['msg-wsp-a-0', 'msg-wsp-a-1', 'msg-wsp-a-2']));
      expect(await store.deliveryCounts()).toMatchObject({ pending: 3, delivered: 0, failed: 0 });
    });
  });

  describe('DeliveryWorker stop', () => {
    it('starts no new attempts and waits for those in progress, at most its bound', async () => {
      const store = await newStore();
      for (let i = 0; i < 4; i++) await register(store, 'wsp-a', i);
      let started = 0;
      const worker = new DeliveryWorker(
        store,
        // Never settles, like an SMTP server that hangs.
        { send: () => new Promise(() => void (started += 1)) },
        () => new Date(),
        { retryHours: 72, retentionDays: 30 },
      );
      worker.start();
      await expect.poll(() => started).toBe(2);
      const stopping = Date.now();
      await worker.stop(200);
      expect(Date.now() - stopping).toBeGreaterThanOrEqual(150);
      await worker.stop(200);
      worker.notify();
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(started).toBe(2);
      expect((await store.deliveryCounts()).pending).toBe(4);
    });
  });

  describe('SignupStore.dueDeliveriesPerLane', () => {
    it("gives each lane's oldest due deliveries, so a long queue hides no other lane", async () => {
      const store = await newStore();
      for (let i = 0; i < 10; i++) await register(store, 'wsp-a', i);
      await register(store, 'wsp-b', 0);
      const due = await store.dueDeliveriesPerLane(new Date(Date.now() + 1000), 3);
      expect(due.map((delivery) => delivery.target)).toEqual(['wsp-a', 'wsp-a', 'wsp-a', 'wsp-b']);
      expect(
        (await store.dueDeliveries(new Date(Date.now() + 1000), 3)).map((d) => d.target),
      ).toEqual(['wsp-a', 'wsp-a', 'wsp-a']);
    });
  });
});
