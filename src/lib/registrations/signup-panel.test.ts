import { afterEach, describe, expect, it } from 'vitest';
import { checkStamp } from './form-stamp.ts';
import { signupPanelOf } from './signup-panel.ts';
import { SignupStore } from './store.ts';

const now = new Date('2026-11-27T11:00:00Z');
const secret = 'panel-test-secret';
const stores: SignupStore[] = [];
afterEach(() => stores.splice(0).forEach((store) => store.close()));

function event(capacity: number, start = new Date('2026-12-10T07:00:00Z')) {
  return {
    id: 'ontbijtsessie',
    data: {
      capacity,
      start,
      end: new Date(start.getTime() + 2 * 3_600_000),
      signupDeadline: new Date(start.getTime() - 24 * 3_600_000),
      status: 'gepland' as const,
    },
  };
}

function storeWithSignups(attendees: number[]) {
  const store = new SignupStore(':memory:');
  stores.push(store);
  attendees.forEach((count, index) =>
    store.register(
      {
        eventId: 'ontbijtsessie',
        capacity: 10,
        eventEnd: new Date('2026-12-10T09:00:00Z'),
        idempotencyKey: `key-${index}`,
        name: 'Anna de Vries',
        email: `anna${index}@example.nl`,
        organisation: 'Bakkerij De Korenaar',
        municipality: 'amersfoort',
        attendees: count,
        servicePoint: 'wsp-regio-amersfoort',
        consentText: 'Ik geef toestemming.',
      },
      now,
      () => [],
    ),
  );
  return store;
}

describe('signupPanelOf', () => {
  it('counts the places left from the store, never below zero', () => {
    const store = storeWithSignups([2, 1]);
    expect(signupPanelOf({ store, formSecret: secret }, event(5), now).placesLeft).toBe(2);
    expect(signupPanelOf({ store, formSecret: secret }, event(2), now).placesLeft).toBe(0);
  });

  it('is open before the deadline and closed after the event started', () => {
    const store = storeWithSignups([]);
    expect(signupPanelOf({ store, formSecret: secret }, event(5), now).state).toEqual({
      open: true,
    });
    const started = event(5, new Date('2026-11-27T10:00:00Z'));
    expect(signupPanelOf({ store, formSecret: secret }, started, now).state).toEqual({
      open: false,
      reason: 'voorbij',
    });
  });

  it("issues a fresh stamp for this event, or keeps a failed attempt's", () => {
    const store = storeWithSignups([]);
    const { form } = signupPanelOf({ store, formSecret: secret }, event(5), now);
    const policy = { minSeconds: 0, maxAgeHours: 1 };
    expect(
      checkStamp(secret, form.stamp, { eventId: 'ontbijtsessie', token: form.token }, now, policy),
    ).toBe('ok');
    const kept = { token: 'kept-token', stamp: 'kept-stamp' };
    expect(signupPanelOf({ store, formSecret: secret }, event(5), now, kept).form).toBe(kept);
  });
});
