import { afterEach, describe, expect, it } from 'vitest';
import { GroupCommit } from './group-commit.ts';
import type { NewEventSignup } from './registration-kinds.ts';
import { SignupStore } from './store.ts';

const now = new Date('2026-11-27T11:00:00Z');
const stores: SignupStore[] = [];
afterEach(() => stores.splice(0).forEach((store) => store.close()));

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

function open() {
  const store = new SignupStore(':memory:');
  stores.push(store);
  return store;
}

describe('GroupCommit', () => {
  it('stores signups that arrive together, in order, with capacity counted across them', async () => {
    const store = open();
    const group = new GroupCommit(store);
    const outcomes = await Promise.all(
      [1, 2, 3, 4, 5].map((n) => group.register({ input: input(n), now, plan: () => [] })),
    );
    expect(outcomes.map((o) => o.registration.status)).toEqual([
      'bevestigd',
      'bevestigd',
      'bevestigd',
      'wachtlijst',
      'wachtlijst',
    ]);
    expect(store.countRegistrations()).toBe(5);
  });

  it('recognises a double submit within the same batch', async () => {
    const group = new GroupCommit(open());
    const [first, second] = await Promise.all([
      group.register({ input: input(1), now, plan: () => [] }),
      group.register({ input: input(1), now, plan: () => [] }),
    ]);
    expect(first.kind).toBe('created');
    expect(second).toEqual({ kind: 'replayed', changed: false, registration: first.registration });
  });

  it('fails only the signup whose deliveries could not be planned', async () => {
    const store = open();
    const group = new GroupCommit(store);
    const results = await Promise.allSettled([
      group.register({ input: input(1), now, plan: () => [] }),
      group.register({
        input: input(2),
        now,
        plan: () => {
          throw new Error('plan failed');
        },
      }),
      group.register({ input: input(3), now, plan: () => [] }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(store.countRegistrations()).toBe(2);
  });

  it('rejects the whole batch when the store cannot commit, storing nothing', async () => {
    const store = open();
    const group = new GroupCommit(store);
    store.close();
    stores.pop();
    await expect(group.register({ input: input(1), now, plan: () => [] })).rejects.toThrow();
  });

  it('splits a long queue into several transactions', async () => {
    const store = open();
    const group = new GroupCommit(store, 2);
    await Promise.all(
      [1, 2, 3, 4, 5].map((n) =>
        group.register({ input: input(n, { capacity: 10 }), now, plan: () => [] }),
      ),
    );
    expect(store.countRegistrations()).toBe(5);
  });
});
