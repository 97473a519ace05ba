import { afterEach, describe, expect, it } from 'vitest';
import { testStores } from '../../../tests/support/test-stores.ts';
import { GroupCommit, type StoreBatch } from './group-commit.ts';
import type { NewEventSignup } from './registration-kinds.ts';
import type { Registration } from './registration-fields.ts';
import type { RegisterOutcome, RegisterRequest, SignupStore } from './store.ts';

const now = new Date('2026-11-27T11:00:00Z');
const stores: SignupStore[] = [];
afterEach(async () => {
  for (const store of stores.splice(0)) await store.close();
});

function input(n: number, overrides: Partial<NewEventSignup> = {}): NewEventSignup {
  return {
    eventId: 'e',
    capacity: 3,
    eventEnd: new Date('2026-12-10T10:00:00Z'),
    idempotencyKey: `k${n}`,
    name: `N${n}`,
    email: `n${n}@example.nl`,
    organisation: 'O',
    municipality: 'Soest',
    attendees: 1,
    servicePoint: 'wsp',
    consentText: 'ja',
    ...overrides,
  };
}

const request = (n: number): RegisterRequest => ({ input: input(n), now, plan: () => [] });

/** An outcome that names the request it answers, by its idempotency key (no other field read). */
const outcomeOf = (item: RegisterRequest): RegisterOutcome => ({
  kind: 'replayed',
  changed: false,
  registration: { id: item.input.idempotencyKey } as Registration,
});

/** A batch function that records the idempotency keys of every batch it is given. */
function recordingBatch(answer: (item: RegisterRequest, index: number) => RegisterOutcome | Error) {
  const batches: string[][] = [];
  const storeBatch: StoreBatch = async (batch) => {
    batches.push(batch.map((item) => item.input.idempotencyKey));
    return batch.map(answer);
  };
  return { batches, storeBatch };
}

describe('GroupCommit', () => {
  it('stores signups that arrive together in one batch, in order, each told its own outcome', async () => {
    const { batches, storeBatch } = recordingBatch(outcomeOf);
    const group = new GroupCommit(storeBatch);
    const outcomes = await Promise.all([1, 2, 3, 4, 5].map((n) => group.register(request(n))));
    expect(batches).toEqual([['k1', 'k2', 'k3', 'k4', 'k5']]);
    expect(outcomes.map((outcome) => outcome.registration.id)).toEqual([
      'k1',
      'k2',
      'k3',
      'k4',
      'k5',
    ]);
  });

  it('fails only the signup whose outcome in the batch is an error', async () => {
    const { storeBatch } = recordingBatch((item, index) =>
      index === 1 ? new Error('plan failed') : outcomeOf(item),
    );
    const group = new GroupCommit(storeBatch);
    const results = await Promise.allSettled([1, 2, 3].map((n) => group.register(request(n))));
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(results[1]).toMatchObject({ reason: new Error('plan failed') });
  });

  it('rejects the whole batch when its commit fails', async () => {
    const group = new GroupCommit(() => Promise.reject(new Error('disk full')));
    const results = await Promise.allSettled([1, 2].map((n) => group.register(request(n))));
    expect(results).toEqual([
      { status: 'rejected', reason: new Error('disk full') },
      { status: 'rejected', reason: new Error('disk full') },
    ]);
  });

  it('splits a long queue into several transactions', async () => {
    const { batches, storeBatch } = recordingBatch(outcomeOf);
    const group = new GroupCommit(storeBatch, 2);
    await Promise.all([1, 2, 3, 4, 5].map((n) => group.register(request(n))));
    expect(batches).toEqual([['k1', 'k2'], ['k3', 'k4'], ['k5']]);
  });
});

describe.each(testStores)('signups that arrive together, on $engine', (testStore) => {
  // Called through the object: TestStore declares them as methods.
  const open = () => testStore.open();
  const { engine } = testStore;

  async function opened() {
    const store = await open();
    stores.push(store);
    return store;
  }
  const register = (store: SignupStore, n: number, overrides: Partial<NewEventSignup> = {}) =>
    store.register(input(n, overrides), now, () => []);

  it('are stored with capacity counted across them', async () => {
    const store = await opened();
    const outcomes = await Promise.all([1, 2, 3, 4, 5].map((n) => register(store, n)));
    const statuses = outcomes.map((o) => o.registration.status);
    expect(statuses.toSorted()).toEqual([
      'bevestigd',
      'bevestigd',
      'bevestigd',
      'wachtlijst',
      'wachtlijst',
    ]);
    // SQLite's group commit takes them in the order they arrived; PostgreSQL promises no order.
    if (engine === 'sqlite') expect(statuses).toEqual(statuses.toSorted());
    expect(await store.countRegistrations()).toBe(5);
    expect(await store.placesTaken('e')).toBe(3);
  });

  it('recognise a double submit that arrives together with the first', async () => {
    const store = await opened();
    const outcomes = await Promise.all([register(store, 1), register(store, 1)]);
    const created = outcomes.find((outcome) => outcome.kind === 'created');
    const replayed = outcomes.find((outcome) => outcome.kind === 'replayed');
    expect(replayed).toEqual({
      kind: 'replayed',
      changed: false,
      registration: created?.registration,
    });
    expect(await store.countRegistrations()).toBe(1);
  });

  it('fail only the signup whose deliveries could not be planned', async () => {
    const store = await opened();
    const results = await Promise.allSettled([
      register(store, 1),
      store.register(input(2), now, () => {
        throw new Error('plan failed');
      }),
      register(store, 3),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(await store.countRegistrations()).toBe(2);
  });

  it('are refused when the store cannot commit', async () => {
    const store = await open();
    await store.close();
    await expect(register(store, 1)).rejects.toThrow();
  });

  it('are all stored when more arrive than one transaction takes', async () => {
    const store = await opened();
    await Promise.all(Array.from({ length: 150 }, (_, n) => register(store, n, { capacity: 200 })));
    expect(await store.countRegistrations()).toBe(150);
  });
});
