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
import { SignupStore, type PlannedDelivery } from './store.ts';

const now = new Date('2026-11-27T11:00:00Z');
const stores: SignupStore[] = [];

function openStore(file = path.join(mkdtempSync(path.join(tmpdir(), 'store-')), 'signups.db')) {
  const store = new SignupStore(file);
  stores.push(store);
  return store;
}

afterEach(() => {
  while (stores.length > 0) stores.pop()?.close();
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
const what = (outcome: ReturnType<SignupStore['register']>) =>
  outcome.kind === 'declined' ? outcome.reason : outcome.kind;

const webhook = (): PlannedDelivery[] => [
  { channel: 'webhook', target: 'wsp-regio-amersfoort', payload: '{}' },
];

describe('opening a store', () => {
  it('applies the migrations once and records the version', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'store-')), 'signups.db');
    expect(openStore(file).schemaVersion).toBe(migrations.length);
    stores.pop()?.close();
    expect(openStore(file).schemaVersion).toBe(migrations.length);
  });

  it('upgrades a store made by an older version, keeping its registrations', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'store-')), 'signups.db');
    // A store as version 2 left it, with a signup whose delivery is still pending.
    const old = new DatabaseSync(file);
    old.exec(migrations[0]!);
    old.exec(migrations[1]!);
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

    const store = openStore(file);
    expect(store.schemaVersion).toBe(migrations.length);
    expect(store.byConfirmationCode(registration.confirmationCode)).toMatchObject({
      id: registration.id,
      kind: 'aanmelding',
      message: null,
    });
    expect(store.dueDeliveries(now)).toHaveLength(1);
    expect(store.placesTaken('ontbijtsessie')).toBe(2);
    expect(what(store.register(signup({ email: 'oud@example.nl' }), now, webhook))).toBe(
      'already-registered',
    );
  });

  it('adds "exported at" to a store made by version 4, empty for the registrations it holds', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'store-')), 'signups.db');
    const old = new DatabaseSync(file);
    for (const migration of migrations.slice(0, 4)) old.exec(migration);
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

    const store = openStore(file);
    expect(store.schemaVersion).toBe(migrations.length);
    expect(store.exportedAt('r4')).toBeUndefined();
    // Never pulled and no delivery: kept past the normal period, until pulled.
    const policy = { retentionDays: 30, maxDays: 90 };
    expect(store.purgeExpired(new Date('2026-12-15T10:00:00Z'), policy).deleted).toEqual([]);
    store.markExported(['r4'], new Date('2026-12-15T10:00:00Z'));
    expect(store.exportedAt('r4')).toBe('2026-12-15T10:00:00.000Z');
    expect(store.purgeExpired(new Date('2026-12-15T10:00:00Z'), policy).deleted).toEqual(['r4']);
  });

  it('moves a store made by version 5 to the kinds table, keeping every registration and delivery', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'store-')), 'signups.db');
    const old = new DatabaseSync(file);
    for (const migration of migrations.slice(0, 5)) old.exec(migration);
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

    const store = openStore(file);
    expect(store.schemaVersion).toBe(migrations.length);
    expect(store.byConfirmationCode('code-5')).toMatchObject({
      kind: 'contactverzoek',
      message: 'Plan',
      answers: null,
    });
    expect(store.exportedAt('r5')).toBe('2026-11-02T10:00:00.000Z');
    expect(store.dueDeliveries(now)).toMatchObject([
      { registrationId: 'r5', channel: 'webhook', payload: '{"body":"x"}', attempts: 2 },
    ]);
    // The outbox still belongs to its registration: deleting one deletes the other.
    store.markExported(['r5'], now);
    const policy = { retentionDays: 1, maxDays: 1 };
    expect(store.purgeExpired(new Date('2027-01-01T00:00:00Z'), policy).deleted).toEqual(['r5']);
    expect(store.deliveryCounts()).toEqual({ pending: 0, failed: 0, delivered: 0 });
  });

  it('uses WAL with synchronous FULL', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'store-')), 'signups.db');
    openStore(file);
    const db = new DatabaseSync(file);
    expect(db.prepare('PRAGMA journal_mode').get()).toEqual({ journal_mode: 'wal' });
    db.close();
  });
});

describe('register', () => {
  it('confirms a signup with places left and queues its deliveries', () => {
    const store = openStore();
    const outcome = store.register(signup({ attendees: 3 }), now, webhook);
    expect(outcome.kind).toBe('created');
    expect(outcome.registration.status).toBe('bevestigd');
    expect(store.placesTaken('ontbijtsessie')).toBe(3);
    expect(store.dueDeliveries(now)).toHaveLength(1);
  });

  it('puts a signup that does not fit on the waitlist, counting attendees', () => {
    const store = openStore();
    store.register(signup({ attendees: 5, capacity: 8 }), now, webhook);
    const second = store.register(signup({ attendees: 4, capacity: 8 }), now, webhook);
    expect(second.registration.status).toBe('wachtlijst');
    const third = store.register(signup({ attendees: 3, capacity: 8 }), now, webhook);
    expect(third.registration.status).toBe('bevestigd');
    expect(store.placesTaken('ontbijtsessie')).toBe(8);
  });

  it('answers a double submit with the first registration and stores it once', () => {
    const store = openStore();
    const input = signup();
    const first = store.register(input, now, webhook);
    const again = store.register(input, now, webhook);
    expect(again).toEqual({ kind: 'replayed', changed: false, registration: first.registration });
    expect(store.countRegistrations()).toBe(1);
    expect(store.dueDeliveries(now)).toHaveLength(1);
  });

  it('recognises the same e-mail address for the same event, whatever its case', () => {
    const store = openStore();
    store.register(signup({ email: 'Anna@Example.nl' }), now, webhook);
    const again = store.register(signup({ email: ' anna@example.NL ' }), now, webhook);
    expect(what(again)).toBe('already-registered');
    expect(store.countRegistrations()).toBe(1);
  });

  it('lets the same person sign up for another event', () => {
    const store = openStore();
    store.register(signup({ email: 'anna@example.nl' }), now, webhook);
    const other = store.register(
      signup({ email: 'anna@example.nl', eventId: 'avond' }),
      now,
      webhook,
    );
    expect(other.kind).toBe('created');
  });

  it('stores nothing when planning the deliveries fails', () => {
    const store = openStore();
    expect(() =>
      store.register(signup(), now, () => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(store.countRegistrations()).toBe(0);
  });

  it('gives every registration a stable id and an unguessable confirmation code', () => {
    const store = openStore();
    const { registration } = store.register(signup(), now, webhook);
    expect(registration.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(registration.confirmationCode.length).toBeGreaterThanOrEqual(24);
    expect(store.byConfirmationCode(registration.confirmationCode)?.id).toBe(registration.id);
    expect(store.byConfirmationCode('raden')).toBeUndefined();
  });

  it('never gives away more places than the capacity across two connections', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'store-')), 'signups.db');
    const a = openStore(file);
    const b = openStore(file);
    const outcomes = Array.from({ length: 12 }, (_, i) =>
      (i % 2 === 0 ? a : b).register(signup({ capacity: 5, attendees: 1 }), now, webhook),
    );
    expect(outcomes.filter((o) => o.registration.status === 'bevestigd')).toHaveLength(5);
    expect(a.placesTaken('ontbijtsessie')).toBe(5);
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

  it('are stored with their message and confirmed, whatever the capacity', () => {
    const store = openStore();
    const { registration } = store.register(request(), now, webhook);
    expect(registration).toMatchObject({
      kind: 'contactverzoek',
      status: 'bevestigd',
      message: 'Uw aannameplan: ...',
    });
  });

  it('may come more than once from the same address, but a double submit still counts once', () => {
    const store = openStore();
    store.register(request(), now, webhook);
    const second = store.register(request({ message: 'Een ander plan' }), now, webhook);
    expect(second.kind).toBe('created');
    const input = request({ message: 'Een derde plan' });
    store.register(input, now, webhook);
    expect(store.register(input, now, webhook).kind).toBe('replayed');
    expect(store.countRegistrations()).toBe(3);
  });

  it('leave the one-signup-per-address rule for events intact', () => {
    const store = openStore();
    store.register(request({ eventId: 'ontbijtsessie' }), now, webhook);
    store.register(signup({ email: 'anna@example.nl' }), now, webhook);
    expect(what(store.register(signup({ email: 'anna@example.nl' }), now, webhook))).toBe(
      'already-registered',
    );
  });

  it(`are limited to ${contactRequestsPerDay} per address in 24 hours, whatever its spelling`, () => {
    const store = openStore();
    for (let i = 0; i < contactRequestsPerDay; i += 1) {
      expect(store.register(request({ message: `Plan ${i}` }), now, webhook).kind).toBe('created');
    }
    const shouted = request({ email: ' ANNA@example.nl' });
    expect(what(store.register(shouted, now, webhook))).toBe('daily-limit');
    expect(store.register(request({ email: 'piet@example.nl' }), now, webhook).kind).toBe(
      'created',
    );
    // Plus tags reach the same mailbox; a look-alike address does not.
    expect(what(store.register(request({ email: 'anna+2@example.nl' }), now, webhook))).toBe(
      'daily-limit',
    );
    const nextDay = new Date(now.getTime() + 86_400_001);
    expect(store.register(request(), nextDay, webhook).kind).toBe('created');
    expect(store.countRegistrations()).toBe(contactRequestsPerDay + 2);
  });

  it('recognise the same plan from the same address within a day as the one sent before', () => {
    const store = openStore();
    const first = store.register(request(), now, webhook);
    const later = new Date(now.getTime() + 3_600_000);
    const again = store.register(request({ email: 'Anna@Example.nl' }), later, webhook);
    expect(again).toMatchObject({
      kind: 'declined',
      reason: 'already-sent',
      registration: { id: first.registration.id },
    });
    expect(store.dueDeliveries(later)).toHaveLength(1);
    // Another address (also a plus-tagged one) or another plan is a request of its own.
    expect(store.register(request({ email: 'anna+x@example.nl' }), later, webhook).kind).toBe(
      'created',
    );
    expect(store.register(request({ message: 'Ander plan' }), later, webhook).kind).toBe('created');
    expect(store.countRegistrations()).toBe(3);
  });

  it('count plus-tagged addresses as their mailbox, with LIKE wildcards taken literally', () => {
    expect(mailboxOf(' Anna+Nieuws@Example.nl')).toEqual({
      mailbox: 'anna@example.nl',
      tagged: 'anna+%@example.nl',
    });
    const store = openStore();
    for (let i = 1; i <= contactRequestsPerDay; i += 1) {
      store.register(request({ email: `a_b+${i}@ex%ample.nl` }), now, webhook);
    }
    expect(what(store.register(request({ email: 'a_b@ex%ample.nl' }), now, webhook))).toBe(
      'daily-limit',
    );
    expect(store.register(request({ email: 'axb+1@exxample.nl' }), now, webhook).kind).toBe(
      'created',
    );
  });
});

describe('deliveries', () => {
  it('retries, then delivers, and counts by status', () => {
    const store = openStore();
    store.register(signup(), now, webhook);
    const [delivery] = store.dueDeliveries(now);
    store.markRetry(delivery!.id, new Date(now.getTime() + 60_000), 'HTTP 500');
    expect(store.dueDeliveries(now)).toHaveLength(0);
    expect(store.nextDueAt()).toEqual(new Date(now.getTime() + 60_000));
    const [due] = store.dueDeliveries(new Date(now.getTime() + 60_000));
    expect(due?.attempts).toBe(1);
    store.markDelivered(due!.id, now);
    expect(store.deliveryCounts()).toEqual({ pending: 0, failed: 0, delivered: 1 });
  });
});

describe('purgeExpired', () => {
  const eventEnd = new Date('2026-12-10T08:30:00Z');
  const day = 86_400_000;
  const policy = { retentionDays: 30, maxDays: 90 };
  const at = (days: number) => new Date(eventEnd.getTime() + days * day);
  const exportOnly = (): PlannedDelivery[] => [];

  it('deletes a registration the WSP got by webhook the given number of days after the event', () => {
    const store = openStore();
    const { registration } = store.register(signup({ eventEnd }), now, webhook);
    const [delivery] = store.dueDeliveries(now);
    store.markDelivered(delivery!.id, now);
    expect(store.purgeExpired(new Date(at(30).getTime() - 1), policy).deleted).toEqual([]);
    expect(store.purgeExpired(at(30), policy)).toEqual({
      deleted: [registration.id],
      unseen: [],
    });
    expect(store.countRegistrations()).toBe(0);
    expect(store.deliveryCounts()).toEqual({ pending: 0, failed: 0, delivered: 0 });
  });

  it('keeps an export-only registration until it was pulled once, then the normal period applies', () => {
    const store = openStore();
    const pulled = store.register(signup({ eventEnd }), now, exportOnly).registration;
    const never = store.register(signup({ eventEnd }), now, exportOnly).registration;
    expect(store.purgeExpired(at(30), policy).deleted).toEqual([]);
    store.markExported([pulled.id], at(40));
    expect(store.exportedAt(pulled.id)).toBe(at(40).toISOString());
    // Pulled again later: the first time counts.
    store.markExported([pulled.id], at(50));
    expect(store.exportedAt(pulled.id)).toBe(at(40).toISOString());
    expect(store.purgeExpired(at(50), policy).deleted).toEqual([pulled.id]);
    expect(store.purgeExpired(at(90 - 0.001), policy).deleted).toEqual([]);
    // Never pulled: deleted at the hard maximum all the same, and reported as never seen.
    expect(store.purgeExpired(at(90), policy)).toEqual({
      deleted: [never.id],
      unseen: [{ id: never.id, servicePoint: 'wsp-regio-amersfoort' }],
    });
  });

  it('keeps a registration whose delivery failed until the hard maximum, not forever', () => {
    const store = openStore();
    const { registration } = store.register(signup({ eventEnd }), now, webhook);
    const [delivery] = store.dueDeliveries(now);
    store.markFailed(delivery!.id, 'gave up');
    expect(store.purgeExpired(at(89), policy).deleted).toEqual([]);
    expect(store.countRegistrations()).toBe(1);
    expect(store.purgeExpired(at(90), policy)).toEqual({
      deleted: [registration.id],
      unseen: [{ id: registration.id, servicePoint: 'wsp-regio-amersfoort' }],
    });
  });

  it('keeps a registration with a delivery still pending, and never uses a maximum below the period', () => {
    const store = openStore();
    store.register(signup({ eventEnd }), now, webhook);
    expect(store.purgeExpired(at(60), policy).deleted).toEqual([]);
    // A maximum below the normal period is the normal period.
    expect(store.purgeExpired(at(29), { retentionDays: 30, maxDays: 7 }).deleted).toEqual([]);
    expect(store.purgeExpired(at(30), { retentionDays: 30, maxDays: 7 }).deleted).toHaveLength(1);
  });
});

describe('secret', () => {
  it('makes a secret once and returns the same one after reopening', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'store-')), 'signups.db');
    const first = openStore(file).secret('form');
    stores.pop()?.close();
    expect(openStore(file).secret('form')).toBe(first);
    expect(first.length).toBeGreaterThanOrEqual(40);
  });
});

describe('isWritable', () => {
  it('is true for a healthy store', () => {
    expect(openStore().isWritable()).toBe(true);
  });
});
