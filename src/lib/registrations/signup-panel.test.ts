import { afterEach, describe, expect, it } from 'vitest';
import { checkStamp } from './form-stamp.ts';
import { signupPanelOf } from './signup-panel.ts';
import type { SignupStore } from './store.ts';
import { testStores } from '../../../tests/support/test-stores.ts';

const now = new Date('2026-11-27T11:00:00Z');
const secret = 'panel-test-secret';

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

describe.each(testStores)('on $engine', (testStore) => {
  const stores: SignupStore[] = [];
  afterEach(async () => {
    while (stores.length > 0) await stores.pop()?.close();
  });

  async function storeWithSignups(attendees: number[]) {
    const store = await testStore.open();
    stores.push(store);
    for (const [index, count] of attendees.entries()) {
      await store.register(
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
      );
    }
    return store;
  }

  describe('signupPanelOf', () => {
    it('counts the places left from the store, never below zero', async () => {
      const store = await storeWithSignups([2, 1]);
      expect((await signupPanelOf({ store, formSecret: secret }, event(5), now)).placesLeft).toBe(
        2,
      );
      expect((await signupPanelOf({ store, formSecret: secret }, event(2), now)).placesLeft).toBe(
        0,
      );
    });

    it('is open before the deadline and closed after the event started', async () => {
      const store = await storeWithSignups([]);
      expect((await signupPanelOf({ store, formSecret: secret }, event(5), now)).state).toEqual({
        open: true,
      });
      const started = event(5, new Date('2026-11-27T10:00:00Z'));
      expect((await signupPanelOf({ store, formSecret: secret }, started, now)).state).toEqual({
        open: false,
        reason: 'voorbij',
      });
    });

    it("issues a fresh stamp for this event, or keeps a failed attempt's", async () => {
      const store = await storeWithSignups([]);
      const { form } = await signupPanelOf({ store, formSecret: secret }, event(5), now);
      const policy = { minSeconds: 0, maxAgeHours: 1 };
      expect(
        checkStamp(
          secret,
          form.stamp,
          { eventId: 'ontbijtsessie', token: form.token },
          now,
          policy,
        ),
      ).toBe('ok');
      const kept = { token: 'kept-token', stamp: 'kept-stamp' };
      expect((await signupPanelOf({ store, formSecret: secret }, event(5), now, kept)).form).toBe(
        kept,
      );
    });
  });
});
