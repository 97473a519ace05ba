import { afterEach, describe, expect, it } from 'vitest';
import type { NewRegistration } from '../lib/registrations/registration-kinds.ts';
import { SignupStore } from '../lib/registrations/store.ts';
import { healthReport } from './health.ts';

const now = new Date('2026-11-27T11:00:00Z');
const stores: SignupStore[] = [];
afterEach(() => stores.splice(0).forEach((store) => store.close()));

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

describe('healthReport', () => {
  it('is ok with an empty store, and counts registrations no channel can reach', () => {
    const store = new SignupStore(':memory:');
    stores.push(store);
    const reachable = (servicePoint: string) => servicePoint === 'wsp-a';
    expect(healthReport(store, reachable)).toEqual({
      status: 'ok',
      store: { writable: true },
      deliveries: { pending: 0, failed: 0, unreachable: 0 },
    });
    store.register(signup('wsp-a', 'a1'), now, () => []);
    expect(healthReport(store, reachable).status).toBe('ok');
    store.register(signup('wsp-b', 'b1'), now, () => []);
    store.register(signup('wsp-b', 'b2'), now, () => []);
    expect(healthReport(store, reachable)).toMatchObject({
      status: 'degraded',
      deliveries: { unreachable: 2 },
    });
  });
});
