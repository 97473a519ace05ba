import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { migrations } from './migrations.ts';
import { mailboxOf } from './mailbox.ts';
import {
  contactRequestsPerDay,
  type NewContactRequest,
  type NewEventSignup,
} from './registration-kinds.ts';
import { SqliteEngine } from './sqlite-engine.ts';
import { SignupStore, type PlannedDelivery, type RegisterOutcome } from './store.ts';
import { testStores } from '../../../tests/support/test-stores.ts';

const now = new Date('2026-11-27T11:00:00Z');
const stores: SignupStore[] = [];

/** Keeps a store to close after the test. */
async function kept(opening: Promise<SignupStore>): Promise<SignupStore> {
  const store = await opening;
  stores.push(store);
  return store;
}

const sqliteFile = () => path.join(mkdtempSync(path.join(tmpdir(), 'store-')), 'signups.db');
const openFile = (file = sqliteFile()) => kept(SignupStore.open(new SqliteEngine(file)));

afterEach(async () => {
  while (stores.length > 0) await stores.pop()?.close();
});

let counter = 0;
function signup(overrides: Partial<NewEventSignup> = {}): NewEventSignup {
  counter += 1;
  return {
    eventId: 'ontbijtsessie',
    capacity: 10,
    eventEnd: new Date('2026-12-10T08:30:00Z'),
    idempotencyKey: `key-${counter}`,
    name: 'Anna de Vries',
    email: `anna${counter}@example.nl`,
    organisation: 'Bakkerij De Korenaar',
    municipality: 'amersfoort',
    attendees: 1,
    servicePoint: 'wsp-regio-amersfoort',
    consentText: 'Ik geef toestemming.',
    ...overrides,
  };
}

/** An outcome in one word: created, replayed, or why it was declined. */
const what = (outcome: RegisterOutcome) =>
  outcome.kind === 'declined' ? outcome.reason : outcome.kind;

const webhook = (): PlannedDelivery[] => [
  { channel: 'webhook', target: 'wsp-regio-amersfoort', payload: '{}' },
];

describe('opening a SQLite store', () => {
  it('applies the migrations once and records the version', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'store-')), 'signups.db');
    expect(await (await openFile(file)).schemaVersion()).toBe(migrations.length);
    await stores.pop()?.close();
    expect(await (await openFile(file)).schemaVersion()).toBe(migrations.length);
  });

  it('upgrades a store made by an older version, keeping its registrations', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'store-')), 'signups.db');
    // A store as version 2 left it, with a signup whose delivery is still pending.
    const old = new DatabaseSync(file);
    old.exec(migrations[0]!.sqlite);
    old.exec(migrations[1]!.sqlite);
    old.exec('PRAGMA user_version = 2');
    old.exec(`
      INSERT INTO registrations (id, event_id, idempotency_key, confirmation_code, status, name,
        email, email_key, organisation, municipality, attendees, service_point, consent_text,
        event_end, created_at)
      VALUES ('r1', 'ontbijtsessie', 'k1', 'code-1', 'bevestigd', 'Oud', 'oud@example.nl',
        'oud@example.nl', 'Oud BV', 'Amersfoort', 2, 'wsp-regio-amersfoort', 'Ja',
        '2026-12-10T08:30:00.000Z', '2026-11-01T10:00:00.000Z');
      INSERT INTO deliveries (registration_id, channel, target, payload, status, next_attempt_at,
        created_at)
      VALUES ('r1', 'webhook', 'wsp-regio-amersfoort', '{}', 'pending',
        '2026-11-01T10:00:00.000Z', '2026-11-01T10:00:00.000Z');
    `);
    old.close();
    const registration = { id: 'r1', confirmationCode: 'code-1' };

    const store = await openFile(file);
    expect(await store.schemaVersion()).toBe(migrations.length);
    expect(await store.byConfirmationCode(registration.confirmationCode)).toMatchObject({
      id: registration.id,
      kind: 'aanmelding',
      message: null,
    });
    expect(await store.dueDeliveries(now)).toHaveLength(1);
    expect(await store.placesTaken('ontbijtsessie')).toBe(2);
    expect(what(await store.register(signup({ email: 'oud@example.nl' }), now, webhook))).toBe(
      'already-registered',
    );
  });

  it('adds "exported at" to a store made by version 4, empty for the registrations it holds', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'store-')), 'signups.db');
    const old = new DatabaseSync(file);
    for (const migration of migrations.slice(0, 4)) old.exec(migration.sqlite);
    old.exec('PRAGMA user_version = 4');
    old.exec(`
      INSERT INTO registrations (id, event_id, idempotency_key, confirmation_code, status, name,
        email, email_key, organisation, municipality, attendees, service_point, consent_text,
        event_end, created_at, kind, message)
      VALUES ('r4', 'regelingenwijzer', 'k4', 'code-4', 'bevestigd', 'Oud', 'oud@example.nl',
        'oud@example.nl', 'Oud BV', 'Soest', 1, 'wsp-regio-amersfoort', 'Ja',
        '2026-11-01T10:00:00.000Z', '2026-11-01T10:00:00.000Z', 'contactverzoek', 'Plan');
    `);
    old.close();

    const store = await openFile(file);
    expect(await store.schemaVersion()).toBe(migrations.length);
    expect(await store.exportedAt('r4')).toBeUndefined();
    // Never pulled and no delivery: kept past the normal period, until pulled.
    const policy = { retentionDays: 30, maxDays: 90 };
    expect((await store.purgeExpired(new Date('2026-12-15T10:00:00Z'), policy)).deleted).toEqual(
      [],
    );
    await store.markExported(['r4'], new Date('2026-12-15T10:00:00Z'));
    expect(await store.exportedAt('r4')).toBe('2026-12-15T10:00:00.000Z');
    expect((await store.purgeExpired(new Date('2026-12-15T10:00:00Z'), policy)).deleted).toEqual([
      'r4',
    ]);
  });

  it('moves a store made by version 5 to the kinds table, keeping every registration and delivery', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'store-')), 'signups.db');
    const old = new DatabaseSync(file);
    for (const migration of migrations.slice(0, 5)) old.exec(migration.sqlite);
    old.exec('PRAGMA user_version = 5');
    old.exec(`
      INSERT INTO registrations (id, event_id, idempotency_key, confirmation_code, status, name,
        email, email_key, organisation, municipality, attendees, service_point, consent_text,
        event_end, created_at, kind, message, exported_at)
      VALUES ('r5', 'regelingenwijzer', 'k5', 'code-5', 'bevestigd', 'Oud', 'oud@example.nl',
        'oud@example.nl', 'Oud BV', 'Soest', 1, 'wsp-regio-amersfoort', 'Ja',
        '2026-11-01T10:00:00.000Z', '2026-11-01T10:00:00.000Z', 'contactverzoek', 'Plan',
        '2026-11-02T10:00:00.000Z');
      INSERT INTO deliveries (registration_id, channel, target, payload, status, attempts,
        next_attempt_at, created_at)
      VALUES ('r5', 'webhook', 'wsp-regio-amersfoort', '{"body":"x"}', 'pending', 2,
        '2026-11-01T10:05:00.000Z', '2026-11-01T10:00:00.000Z');
    `);
    old.close();

    const store = await openFile(file);
    expect(await store.schemaVersion()).toBe(migrations.length);
    expect(await store.byConfirmationCode('code-5')).toMatchObject({
      kind: 'contactverzoek',
      message: 'Plan',
      answers: null,
    });
    expect(await store.exportedAt('r5')).toBe('2026-11-02T10:00:00.000Z');
    expect(await store.dueDeliveries(now)).toMatchObject([
      { registrationId: 'r5', channel: 'webhook', payload: '{"body":"x"}', attempts: 2 },
    ]);
    // The outbox still belongs to its registration: deleting one deletes the other.
    await store.markExported(['r5'], now);
    const policy = { retentionDays: 1, maxDays: 1 };
    expect((await store.purgeExpired(new Date('2027-01-01T00:00:00Z'), policy)).deleted).toEqual([
      'r5',
    ]);
    expect(await store.deliveryCounts()).toEqual({ pending: 0, failed: 0, delivered: 0 });
  });

  it('uses WAL with synchronous FULL', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'store-')), 'signups.db');
    await openFile(file);
    const db = new DatabaseSync(file);
    expect(db.prepare('PRAGMA journal_mode').get()).toEqual({ journal_mode: 'wal' });
    db.close();
  });
});

describe.each(testStores)('on $engine', ({ open, openPair }) => {
  describe('register', () => {
    it('confirms a signup with places left and queues its deliveries', async () => {
      const store = await open();
      const outcome = await store.register(signup({ attendees: 3 }), now, webhook);
      expect(outcome.kind).toBe('created');
      expect(outcome.registration.status).toBe('bevestigd');
      expect(await store.placesTaken('ontbijtsessie')).toBe(3);
      expect(await store.dueDeliveries(now)).toHaveLength(1);
    });

    it('puts a signup that does not fit on the waitlist, counting attendees', async () => {
      const store = await open();
      await store.register(signup({ attendees: 5, capacity: 8 }), now, webhook);
      const second = await store.register(signup({ attendees: 4, capacity: 8 }), now, webhook);
      expect(second.registration.status).toBe('wachtlijst');
      const third = await store.register(signup({ attendees: 3, capacity: 8 }), now, webhook);
      expect(third.registration.status).toBe('bevestigd');
      expect(await store.placesTaken('ontbijtsessie')).toBe(8);
    });

    it('answers a double submit with the first registration and stores it once', async () => {
      const store = await open();
      const input = signup();
      const first = await store.register(input, now, webhook);
      const again = await store.register(input, now, webhook);
      expect(again).toEqual({ kind: 'replayed', changed: false, registration: first.registration });
      expect(await store.countRegistrations()).toBe(1);
      expect(await store.dueDeliveries(now)).toHaveLength(1);
    });

    it('recognises the same e-mail address for the same event, whatever its case', async () => {
      const store = await open();
      await store.register(signup({ email: 'Anna@Example.nl' }), now, webhook);
      const again = await store.register(signup({ email: ' anna@example.NL ' }), now, webhook);
      expect(what(again)).toBe('already-registered');
      expect(await store.countRegistrations()).toBe(1);
    });

    it('lets the same person sign up for another event', async () => {
      const store = await open();
      await store.register(signup({ email: 'anna@example.nl' }), now, webhook);
      const other = await store.register(
        signup({ email: 'anna@example.nl', eventId: 'avond' }),
        now,
        webhook,
      );
      expect(other.kind).toBe('created');
    });

    it('stores nothing when planning the deliveries fails', async () => {
      const store = await open();
      await expect(
        store.register(signup(), now, () => {
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      expect(await store.countRegistrations()).toBe(0);
    });

    it('gives every registration a stable id and an unguessable confirmation code', async () => {
      const store = await open();
      const { registration } = await store.register(signup(), now, webhook);
      expect(registration.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(registration.confirmationCode.length).toBeGreaterThanOrEqual(24);
      expect((await store.byConfirmationCode(registration.confirmationCode))?.id).toBe(
        registration.id,
      );
      expect(await store.byConfirmationCode('raden')).toBeUndefined();
    });

    it('answers with the registration exactly as it reads back from the store', async () => {
      const store = await open();
      const outcomes = [
        await store.register(signup({ phone: '033 123 45 67', remark: 'Graag' }), now, webhook),
        await store.register(
          signup({ via: 'anna', channel: 'qr', landingPage: '/' }),
          now,
          webhook,
        ),
      ];
      for (const outcome of outcomes) {
        if (outcome.kind !== 'created') throw new Error(`not created: ${outcome.kind}`);
        const { registration } = outcome;
        expect(await store.byConfirmationCode(registration.confirmationCode)).toEqual(registration);
      }
    });

    it('gives keys that start with their time, so later ones sort after earlier ones', async () => {
      const store = await open();
      const later = new Date(now.getTime() + 1);
      const first = await store.register(signup(), now, webhook);
      const second = await store.register(signup(), later, webhook);
      if (first.kind !== 'created' || second.kind !== 'created') throw new Error('not created');
      expect(first.registration.id < second.registration.id).toBe(true);
      expect(first.registration.confirmationCode < second.registration.confirmationCode).toBe(true);
    });

    it('never gives away more places than the capacity, from two stores on one database at once', async () => {
      const [a, b] = await openPair();
      stores.push(a, b);
      const outcomes = await Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          (i % 2 === 0 ? a : b).register(signup({ capacity: 5, attendees: 1 }), now, webhook),
        ),
      );
      const confirmed = outcomes.filter(
        (outcome) => outcome.kind === 'created' && outcome.registration.status === 'bevestigd',
      );
      expect(confirmed).toHaveLength(5);
      expect(await a.placesTaken('ontbijtsessie')).toBe(5);
      expect(await b.countRegistrations()).toBe(12);
    });

    it('stores a form sent to two stores at once once, and one address per event once', async () => {
      const [a, b] = await openPair();
      stores.push(a, b);
      const input = signup();
      const twice = await Promise.all([
        a.register(input, now, webhook),
        b.register(input, now, webhook),
      ]);
      expect(twice.map((outcome) => outcome.kind).sort()).toEqual(['created', 'replayed']);
      const sameAddress = await Promise.all(
        ['x', 'y', 'z', 'w'].map((key, i) =>
          (i % 2 === 0 ? a : b).register(
            signup({ idempotencyKey: key, email: 'dubbel@example.nl' }),
            now,
            webhook,
          ),
        ),
      );
      expect(sameAddress.filter((outcome) => outcome.kind === 'created')).toHaveLength(1);
      expect(await a.countRegistrations()).toBe(2);
      expect(await b.dueDeliveries(now)).toHaveLength(2);
    });
  });

  describe('contact requests', () => {
    const request = (overrides: Partial<NewContactRequest> = {}): NewContactRequest => {
      const {
        capacity: _capacity,
        attendees: _attendees,
        eventEnd: _eventEnd,
        ...details
      } = signup();
      return {
        ...details,
        kind: 'contactverzoek',
        eventId: 'regelingenwijzer',
        email: 'anna@example.nl',
        message: 'Uw aannameplan: ...',
        answers: '{"schema":"contactverzoek/1"}',
        ...overrides,
      };
    };

    it(`are limited to ${contactRequestsPerDay} per mailbox a day also when sent to two stores at once`, async () => {
      const [a, b] = await openPair();
      stores.push(a, b);
      const outcomes = await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          (i % 2 === 0 ? a : b).register(
            request({ message: `Plan ${i}`, email: `anna+${i}@example.nl` }),
            now,
            webhook,
          ),
        ),
      );
      expect(outcomes.filter((outcome) => outcome.kind === 'created')).toHaveLength(
        contactRequestsPerDay,
      );
      expect(await b.countRegistrations()).toBe(contactRequestsPerDay);
    });

    it('are stored with their message and confirmed, whatever the capacity', async () => {
      const store = await open();
      const { registration } = await store.register(request(), now, webhook);
      expect(registration).toMatchObject({
        kind: 'contactverzoek',
        status: 'bevestigd',
        message: 'Uw aannameplan: ...',
      });
    });

    it('may come more than once from the same address, but a double submit still counts once', async () => {
      const store = await open();
      await store.register(request(), now, webhook);
      const second = await store.register(request({ message: 'Een ander plan' }), now, webhook);
      expect(second.kind).toBe('created');
      const input = request({ message: 'Een derde plan' });
      await store.register(input, now, webhook);
      expect((await store.register(input, now, webhook)).kind).toBe('replayed');
      expect(await store.countRegistrations()).toBe(3);
    });

    it('leave the one-signup-per-address rule for events intact', async () => {
      const store = await open();
      await store.register(request({ eventId: 'ontbijtsessie' }), now, webhook);
      await store.register(signup({ email: 'anna@example.nl' }), now, webhook);
      expect(what(await store.register(signup({ email: 'anna@example.nl' }), now, webhook))).toBe(
        'already-registered',
      );
    });

    it(`are limited to ${contactRequestsPerDay} per address in 24 hours, whatever its spelling`, async () => {
      const store = await open();
      for (let i = 0; i < contactRequestsPerDay; i += 1) {
        expect((await store.register(request({ message: `Plan ${i}` }), now, webhook)).kind).toBe(
          'created',
        );
      }
      const shouted = request({ email: ' ANNA@example.nl' });
      expect(what(await store.register(shouted, now, webhook))).toBe('daily-limit');
      expect((await store.register(request({ email: 'piet@example.nl' }), now, webhook)).kind).toBe(
        'created',
      );
      // Plus tags reach the same mailbox; a look-alike address does not.
      expect(
        what(await store.register(request({ email: 'anna+2@example.nl' }), now, webhook)),
      ).toBe('daily-limit');
      const nextDay = new Date(now.getTime() + 86_400_001);
      expect((await store.register(request(), nextDay, webhook)).kind).toBe('created');
      expect(await store.countRegistrations()).toBe(contactRequestsPerDay + 2);
    });

    it('recognise the same plan from the same address within a day as the one sent before', async () => {
      const store = await open();
      const first = await store.register(request(), now, webhook);
      const later = new Date(now.getTime() + 3_600_000);
      const again = await store.register(request({ email: 'Anna@Example.nl' }), later, webhook);
      expect(again).toMatchObject({
        kind: 'declined',
        reason: 'already-sent',
        registration: { id: first.registration.id },
      });
      expect(await store.dueDeliveries(later)).toHaveLength(1);
      // Another address (also a plus-tagged one) or another plan is a request of its own.
      expect(
        (await store.register(request({ email: 'anna+x@example.nl' }), later, webhook)).kind,
      ).toBe('created');
      expect((await store.register(request({ message: 'Ander plan' }), later, webhook)).kind).toBe(
        'created',
      );
      expect(await store.countRegistrations()).toBe(3);
    });

    it('count plus-tagged addresses as their mailbox, with LIKE wildcards taken literally', async () => {
      expect(mailboxOf(' Anna+Nieuws@Example.nl')).toEqual({
        mailbox: 'anna@example.nl',
        tagged: 'anna+%@example.nl',
      });
      const store = await open();
      for (let i = 1; i <= contactRequestsPerDay; i += 1) {
        await store.register(request({ email: `a_b+${i}@ex%ample.nl` }), now, webhook);
      }
      expect(what(await store.register(request({ email: 'a_b@ex%ample.nl' }), now, webhook))).toBe(
        'daily-limit',
      );
      expect(
        (await store.register(request({ email: 'axb+1@exxample.nl' }), now, webhook)).kind,
      ).toBe('created');
    });
  });

  describe('deliveries', () => {
    it('retries, then delivers, and counts by status', async () => {
      const store = await open();
      await store.register(signup(), now, webhook);
      const [delivery] = await store.dueDeliveries(now);
      await store.markRetry(delivery!.id, new Date(now.getTime() + 60_000), 'HTTP 500');
      expect(await store.dueDeliveries(now)).toHaveLength(0);
      expect(await store.nextDueAt()).toEqual(new Date(now.getTime() + 60_000));
      const [due] = await store.dueDeliveries(new Date(now.getTime() + 60_000));
      expect(due?.attempts).toBe(1);
      await store.markDelivered(due!.id, now);
      expect(await store.deliveryCounts()).toEqual({ pending: 0, failed: 0, delivered: 1 });
    });
  });

  describe('purgeExpired', () => {
    const eventEnd = new Date('2026-12-10T08:30:00Z');
    const day = 86_400_000;
    const policy = { retentionDays: 30, maxDays: 90 };
    const at = (days: number) => new Date(eventEnd.getTime() + days * day);
    const exportOnly = (): PlannedDelivery[] => [];

    it('deletes a registration the WSP got by webhook the given number of days after the event', async () => {
      const store = await open();
      const { registration } = await store.register(signup({ eventEnd }), now, webhook);
      const [delivery] = await store.dueDeliveries(now);
      await store.markDelivered(delivery!.id, now);
      expect((await store.purgeExpired(new Date(at(30).getTime() - 1), policy)).deleted).toEqual(
        [],
      );
      expect(await store.purgeExpired(at(30), policy)).toEqual({
        deleted: [registration.id],
        unseen: [],
      });
      expect(await store.countRegistrations()).toBe(0);
      expect(await store.deliveryCounts()).toEqual({ pending: 0, failed: 0, delivered: 0 });
    });

    it('keeps an export-only registration until it was pulled once, then the normal period applies', async () => {
      const store = await open();
      const pulled = (await store.register(signup({ eventEnd }), now, exportOnly)).registration;
      const never = (await store.register(signup({ eventEnd }), now, exportOnly)).registration;
      expect((await store.purgeExpired(at(30), policy)).deleted).toEqual([]);
      await store.markExported([pulled.id], at(40));
      expect(await store.exportedAt(pulled.id)).toBe(at(40).toISOString());
      // Pulled again later: the first time counts.
      await store.markExported([pulled.id], at(50));
      expect(await store.exportedAt(pulled.id)).toBe(at(40).toISOString());
      expect((await store.purgeExpired(at(50), policy)).deleted).toEqual([pulled.id]);
      expect((await store.purgeExpired(at(90 - 0.001), policy)).deleted).toEqual([]);
      // Never pulled: deleted at the hard maximum all the same, and reported as never seen.
      expect(await store.purgeExpired(at(90), policy)).toEqual({
        deleted: [never.id],
        unseen: [{ id: never.id, servicePoint: 'wsp-regio-amersfoort' }],
      });
    });

    it('keeps a registration whose delivery failed until the hard maximum, not forever', async () => {
      const store = await open();
      const { registration } = await store.register(signup({ eventEnd }), now, webhook);
      const [delivery] = await store.dueDeliveries(now);
      await store.markFailed(delivery!.id, 'gave up');
      expect((await store.purgeExpired(at(89), policy)).deleted).toEqual([]);
      expect(await store.countRegistrations()).toBe(1);
      expect(await store.purgeExpired(at(90), policy)).toEqual({
        deleted: [registration.id],
        unseen: [{ id: registration.id, servicePoint: 'wsp-regio-amersfoort' }],
      });
    });

    it('keeps a registration with a delivery still pending, and never uses a maximum below the period', async () => {
      const store = await open();
      await store.register(signup({ eventEnd }), now, webhook);
      expect((await store.purgeExpired(at(60), policy)).deleted).toEqual([]);
      // A maximum below the normal period is the normal period.
      expect((await store.purgeExpired(at(29), { retentionDays: 30, maxDays: 7 })).deleted).toEqual(
        [],
      );
      expect(
        (await store.purgeExpired(at(30), { retentionDays: 30, maxDays: 7 })).deleted,
      ).toHaveLength(1);
    });
  });
});

describe.each(testStores)('secret and health, on $engine', ({ open, openPair }) => {
  it('makes a secret once, the same for every store on the database', async () => {
    const [a, b] = await openPair();
    stores.push(a, b);
    const [first, second] = await Promise.all([a.secret('form'), b.secret('form')]);
    expect(second).toBe(first);
    expect(first.length).toBeGreaterThanOrEqual(40);
    expect(await b.secret('other')).not.toBe(first);
  });

  it('is writable when healthy', async () => {
    expect(await (await kept(open())).isWritable()).toBe(true);
  });
});
