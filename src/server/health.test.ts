import { afterEach, describe, expect, it } from 'vitest';
import type { NewRegistration } from '../lib/registrations/registration-kinds.ts';
import type { SignupStore } from '../lib/registrations/store.ts';
import { testStores } from '../../tests/support/test-stores.ts';
import { healthReport } from './health.ts';

const now = new Date('2026-11-27T11:00:00Z');
const stores: SignupStore[] = [];
afterEach(async () => {
  for (const store of stores.splice(0)) await store.close();
});

function signup(servicePoint: string, key: string): NewRegistration {
  return {
    eventId: 'ontbijt',
    capacity: 10,
    eventEnd: new Date('2026-12-10T10:00:00Z'),
    idempotencyKey: key,
    name: 'Anna',
    email: `${key}@example.nl`,
    organisation: 'Org',
    municipality: 'Barneveld',
    attendees: 1,
    servicePoint,
    consentText: 'ja',
  };
}

describe.each(testStores)('healthReport on $engine', (testStore) => {
  // Called through the object: TestStore declares them as methods.
  const open = () => testStore.open();

  it('is ok with an empty store, and counts registrations no channel can reach', async () => {
    const store = await open();
    stores.push(store);
    const reachable = (servicePoint: string) => servicePoint === 'wsp-a';
    expect(await healthReport(store, reachable)).toEqual({
      status: 'ok',
      store: { writable: true },
      deliveries: { pending: 0, failed: 0, unreachable: 0 },
    });
    await store.register(signup('wsp-a', 'a1'), now, () => []);
    expect((await healthReport(store, reachable)).status).toBe('ok');
    await store.register(signup('wsp-b', 'b1'), now, () => []);
    await store.register(signup('wsp-b', 'b2'), now, () => []);
    expect(await healthReport(store, reachable)).toMatchObject({
      status: 'degraded',
      deliveries: { unreachable: 2 },
    });
  });

  it('is down when the store cannot take a write', async () => {
    const store = await open();
    await store.close();
    expect(await healthReport(store, () => true)).toEqual({
      status: 'down',
      store: { writable: false },
      deliveries: { pending: 0, failed: 0, unreachable: 0 },
    });
  });
});
