import { afterEach, describe, expect, it } from 'vitest';
import { testStores } from '../../../tests/support/test-stores.ts';
import { fixedClock } from '../clock.ts';
import { DeliveryFailure } from './delivery-failure.ts';
import type { SignupStore, Delivery } from './store.ts';
import type { PurgeReport } from './retention.ts';
import { DeliveryWorker } from './worker.ts';

const hour = 3_600_000;
const start = new Date('2026-11-27T10:00:00Z');
// Workers stop first (an attempt in progress must not reach a closed store), then stores close.
const workers: DeliveryWorker[] = [];
const stores: SignupStore[] = [];
afterEach(async () => {
  for (const worker of workers.splice(0)) await worker.stop(200);
  for (const store of stores.splice(0)) await store.close();
});

/** Queues `count` signups' webhooks (payloads {"n":0}, {"n":1}, …), all due at `start`. */
async function registerDeliveries(store: SignupStore, count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    await store.register(
      {
        eventId: 'e',
        capacity: 100,
        eventEnd: new Date('2026-12-10T10:00:00Z'),
        idempotencyKey: `k${i}`,
        name: 'Anna',
        email: `anna${i}@example.nl`,
        organisation: 'Bakkerij',
        municipality: 'amersfoort',
        attendees: 1,
        servicePoint: 'wsp',
        consentText: 'ja',
      },
      start,
      () => [{ channel: 'webhook', target: 'wsp', payload: `{"n":${i}}` }],
    );
  }
}

/** A clock the test moves by hand. */
function movableClock(at: Date) {
  let now = at.getTime();
  return { clock: () => new Date(now), advance: (ms: number) => (now += ms) };
}

/** A worker that is stopped after the test. */
function kept(worker: DeliveryWorker): DeliveryWorker {
  workers.push(worker);
  return worker;
}

describe.each(testStores)('DeliveryWorker on $engine', (testStore) => {
  // Called through the object: TestStore declares them as methods.
  const open = () => testStore.open();
  const openPair = () => testStore.openPair();

  async function storeWith(count: number): Promise<SignupStore> {
    const store = await open();
    stores.push(store);
    await registerDeliveries(store, count);
    return store;
  }

  it('sends every due delivery and marks it delivered', async () => {
    const store = await storeWith(3);
    const sent: Delivery[] = [];
    const worker = new DeliveryWorker(
      store,
      { send: async (d) => void sent.push(d) },
      fixedClock(start),
      {
        retryHours: 72,
        retentionDays: 30,
      },
    );
    expect(await worker.runOnce()).toBe(3);
    expect(sent.map((d) => d.payload)).toEqual(['{"n":0}', '{"n":1}', '{"n":2}']);
    expect(await store.deliveryCounts()).toEqual({ pending: 0, failed: 0, delivered: 3 });
  });

  it('retries a failing receiver later and delivers when it recovers', async () => {
    const store = await storeWith(1);
    const time = movableClock(start);
    let up = false;
    const worker = new DeliveryWorker(
      store,
      {
        send: async () => {
          if (!up) throw new DeliveryFailure('webhook 503');
        },
      },
      time.clock,
      { retryHours: 72, retentionDays: 30, random: () => 1 },
    );
    await worker.runOnce();
    expect((await store.deliveryCounts()).pending).toBe(1);
    expect(await worker.runOnce()).toBe(0);
    time.advance(hour);
    up = true;
    expect(await worker.runOnce()).toBe(1);
    expect(await store.deliveryCounts()).toEqual({ pending: 0, failed: 0, delivered: 1 });
  });

  it('gives up after the retry window and reports the failure once', async () => {
    const store = await storeWith(1);
    const time = movableClock(start);
    const reported: string[] = [];
    const worker = new DeliveryWorker(
      store,
      {
        send: async () => {
          throw new DeliveryFailure('webhook not reached');
        },
      },
      time.clock,
      { retryHours: 72, retentionDays: 30, onFailed: (_d, error) => reported.push(error) },
    );
    let attempts = 0;
    while ((await store.deliveryCounts()).pending > 0) {
      attempts += await worker.runOnce();
      time.advance(hour / 2);
    }
    expect(await store.deliveryCounts()).toEqual({ pending: 0, failed: 1, delivered: 0 });
    expect(reported).toEqual(['webhook not reached']);
    expect(time.clock().getTime() - start.getTime()).toBeGreaterThanOrEqual(72 * hour);
    expect(attempts).toBeGreaterThan(10);
  });

  it("never stores or reports an error's own text, which may quote an address", async () => {
    const store = await storeWith(1);
    const time = movableClock(start);
    const reported: string[] = [];
    const worker = new DeliveryWorker(
      store,
      {
        send: async () => {
          throw new Error('550 5.1.1 <anna0@example.nl>: Recipient address rejected');
        },
      },
      time.clock,
      { retryHours: 1, retentionDays: 30, onFailed: (_d, reason) => reported.push(reason) },
    );
    while ((await store.deliveryCounts()).pending > 0) {
      await worker.runOnce();
      time.advance(hour / 2);
    }
    expect(reported).toEqual(['unexpected Error']);
  });

  it('purges by the retention rules on its hourly round, on its own clock', async () => {
    const store = await storeWith(2);
    const [keptDelivery] = await store.dueDeliveries(start);
    const time = movableClock(start);
    const purged: PurgeReport[] = [];
    const worker = new DeliveryWorker(
      store,
      {
        send: async (delivery) => {
          if (delivery.id === keptDelivery?.id) throw new DeliveryFailure('webhook 500');
        },
      },
      time.clock,
      {
        retryHours: 0.001,
        retentionDays: 30,
        retentionMaxDays: 90,
        onPurged: (r) => purged.push(r),
      },
    );
    await worker.runOnce();
    while ((await store.deliveryCounts()).pending > 0) {
      time.advance(60_000);
      await worker.runOnce();
    }
    expect(await store.deliveryCounts()).toEqual({ pending: 0, failed: 1, delivered: 1 });
    // 30 days after the event (2026-12-10T10:00Z): the delivered one goes, the failed one stays.
    const eventEnd = new Date('2026-12-10T10:00:00Z').getTime();
    time.advance(eventEnd + 30 * 86_400_000 - time.clock().getTime());
    await worker.runOnce();
    expect(purged.map((r) => r.deleted.length)).toEqual([1]);
    expect(await store.countRegistrations()).toBe(1);
    // 90 days after: the failed one goes too, reported as never seen by the WSP.
    time.advance(60 * 86_400_000);
    await worker.runOnce();
    expect(purged[1]?.unseen).toEqual([{ id: keptDelivery?.registrationId, servicePoint: 'wsp' }]);
    expect(await store.countRegistrations()).toBe(0);
  });

  it('runs in the background, wakes on notify and stops cleanly', async () => {
    const store = await storeWith(0);
    let sent = 0;
    const worker = kept(
      new DeliveryWorker(store, { send: async () => void (sent += 1) }, () => new Date(), {
        retryHours: 72,
        retentionDays: 30,
      }),
    );
    worker.start();
    await store.register(
      {
        eventId: 'e',
        capacity: 1,
        eventEnd: new Date(),
        idempotencyKey: 'late',
        name: 'A',
        email: 'a@example.nl',
        organisation: 'O',
        municipality: 'soest',
        attendees: 1,
        servicePoint: 'wsp',
        consentText: 'ja',
      },
      new Date(),
      () => [{ channel: 'email', target: 'wsp', payload: '{}' }],
    );
    worker.notify();
    await expect.poll(() => sent, { timeout: 2000 }).toBe(1);
    await worker.stop();
  });

  it('does not lose a notify that comes while a turn is deciding how long to sleep', async () => {
    // The turn has read the next due time (nothing yet) when the signup is stored and notify()
    // comes: that wake-up must not be swallowed by the sleep the turn then schedules.
    const store = await storeWith(0);
    let decided = false;
    let release = () => undefined as void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const holdingStore = new Proxy(store, {
      get(target, key) {
        if (key === 'nextDueAt') {
          return async (after?: Date) => {
            const next = await target.nextDueAt(after);
            decided = true;
            await held;
            return next;
          };
        }
        const value = Reflect.get(target, key, target) as unknown;
        return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
      },
    });
    let sent = 0;
    const worker = kept(
      new DeliveryWorker(holdingStore, { send: async () => void (sent += 1) }, () => new Date(), {
        retryHours: 72,
        retentionDays: 30,
      }),
    );
    worker.start();
    await expect.poll(() => decided).toBe(true);
    await registerDeliveries(store, 1);
    worker.notify();
    release();
    await expect.poll(() => sent, { timeout: 2000 }).toBe(1);
  });

  it('on a slow machine, a delivery that falls due during a turn is sent next, not a sleep later', async () => {
    // Due at `start`. The clock moves on by a millisecond on every reading, as on a busy machine:
    // the turn begins just before the delivery is due and ends just after.
    const store = await storeWith(1);
    let reading = start.getTime() - 2;
    const sent: number[] = [];
    const worker = kept(
      new DeliveryWorker(
        store,
        { send: async (delivery) => void sent.push(delivery.id) },
        () => new Date((reading += 1)),
        { retryHours: 72, retentionDays: 30, maxSleepMs: 60_000 },
      ),
    );
    worker.start();
    await expect.poll(() => sent.length, { timeout: 2000 }).toBe(1);
  });

  describe('two workers on one database', () => {
    /** A worker on its own store of the pair, recording the id of every delivery it attempts. */
    function recordingWorker(
      store: SignupStore,
      clock: () => Date,
      send: (delivery: Delivery) => Promise<void>,
    ) {
      const attempted: number[] = [];
      const worker = kept(
        new DeliveryWorker(
          store,
          {
            send: (delivery) => {
              attempted.push(delivery.id);
              return send(delivery);
            },
          },
          clock,
          { retryHours: 72, retentionDays: 30, leaseMs: 60_000 },
        ),
      );
      return { worker, attempted };
    }

    it('attempt each delivery exactly once between them', async () => {
      const [a, b] = await openPair();
      stores.push(a, b);
      await registerDeliveries(a, 12);
      const ids = (await a.dueDeliveries(start, 100)).map((delivery) => delivery.id);
      expect(ids).toHaveLength(12);
      // Each attempt takes a little while, so both workers are at work at the same time; and the
      // first one's attempts wait until the second has begun one (at most 5 s), so that a slow
      // start of the second cannot leave all the work to the first.
      const slowly = () => new Promise<void>((resolve) => setTimeout(resolve, 20));
      let secondBegan = () => undefined as void;
      const began = new Promise<void>((resolve) => {
        secondBegan = resolve;
        setTimeout(resolve, 5_000).unref();
      });
      const first = recordingWorker(a, fixedClock(start), async () => {
        await began;
        await slowly();
      });
      const second = recordingWorker(b, fixedClock(start), async () => {
        secondBegan();
        await slowly();
      });

      const [byFirst, bySecond] = await Promise.all([
        first.worker.runOnce(),
        second.worker.runOnce(),
      ]);

      const all = [...first.attempted, ...second.attempted];
      expect(all.toSorted((x, y) => x - y)).toEqual(ids.toSorted((x, y) => x - y));
      expect(byFirst + bySecond).toBe(12);
      expect(first.attempted.length).toBeGreaterThan(0);
      expect(second.attempted.length).toBeGreaterThan(0);
      expect(await b.deliveryCounts()).toEqual({ pending: 0, failed: 0, delivered: 12 });
    });

    it("attempt a delivery whose worker stopped mid-attempt only after that worker's lease has run out", async () => {
      const [a, b] = await openPair();
      stores.push(a, b);
      await registerDeliveries(a, 1);
      const time = movableClock(start);
      // The first worker claims the delivery and then hangs in its attempt, never marking it.
      const stalled = recordingWorker(a, time.clock, () => new Promise<void>(() => undefined));
      stalled.worker.start();
      await expect.poll(() => stalled.attempted.length, { timeout: 2000 }).toBe(1);
      await stalled.worker.stop(50);
      const other = recordingWorker(b, time.clock, async () => undefined);

      expect(await other.worker.runOnce()).toBe(0);
      time.advance(60_000 - 1);
      expect(await other.worker.runOnce()).toBe(0);
      expect(await b.deliveryCounts()).toEqual({ pending: 1, failed: 0, delivered: 0 });
      time.advance(1);
      expect(await other.worker.runOnce()).toBe(1);

      expect(other.attempted).toEqual(stalled.attempted);
      expect(stalled.attempted).toHaveLength(1);
      expect(await a.deliveryCounts()).toEqual({ pending: 0, failed: 0, delivered: 1 });
    });
  });
});
