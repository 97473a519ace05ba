import { describe, expect, it } from 'vitest';
import type { Registration } from './registration-fields.ts';
import {
  contactRequestsPerDay,
  decide,
  type NewCoffeeRequest,
  type NewContactRequest,
  type NewEventSignup,
  type RuleQueries,
} from './registration-kinds.ts';

const now = new Date('2026-11-27T11:00:00Z');
const details = {
  eventId: 'ontbijt',
  idempotencyKey: 'k',
  name: 'Anna',
  email: 'anna@example.nl',
  organisation: 'Bakkerij',
  municipality: 'Soest',
  servicePoint: 'wsp',
  consentText: 'Ja',
};
const signup: NewEventSignup = {
  ...details,
  capacity: 10,
  attendees: 2,
  eventEnd: new Date('2026-12-10T10:00:00Z'),
};
const plan: NewContactRequest = { ...details, kind: 'contactverzoek', message: 'Plan A' };
const coffee: NewCoffeeRequest = {
  ...details,
  kind: 'koffieverzoek',
  eventId: 'koffie:anouk-de-wit',
  remark: 'Hoe begon u?',
};

const earlier = (overrides: Partial<Registration> = {}) =>
  ({
    id: 'r0',
    kind: 'contactverzoek',
    email: 'anna@example.nl',
    message: 'Plan A',
    createdAt: now.toISOString(),
    ...overrides,
  }) as Registration;

function queries(overrides: Partial<RuleQueries> = {}): RuleQueries {
  return {
    signupOf: () => undefined,
    placesTaken: () => 0,
    contactRequestsFrom: () => [],
    ...overrides,
  };
}

describe('event signups', () => {
  it('are confirmed while the places last, then go on the waitlist', () => {
    expect(decide(signup, now, queries({ placesTaken: () => 8 }))).toMatchObject({
      kind: 'store',
      status: 'bevestigd',
      attendees: 2,
      eventEnd: signup.eventEnd,
    });
    expect(decide(signup, now, queries({ placesTaken: () => 9 }))).toMatchObject({
      kind: 'store',
      status: 'wachtlijst',
    });
  });

  it('are one per address: the earlier one stands, with the status a new one would get', () => {
    const decision = decide(
      signup,
      now,
      queries({ signupOf: () => earlier(), placesTaken: () => 9 }),
    );
    expect(decision).toMatchObject({
      kind: 'declined',
      reason: 'already-registered',
      status: 'wachtlijst',
    });
  });
});

describe('contact requests', () => {
  it('take no place and are kept from the moment they are sent', () => {
    expect(decide(plan, now, queries({ placesTaken: () => 999 }))).toEqual({
      kind: 'store',
      status: 'bevestigd',
      attendees: 1,
      eventEnd: now,
    });
  });

  it('recognise the same plan from the same address, in other letters', () => {
    const same = earlier({ email: 'Anna@Example.nl' });
    const decision = decide(plan, now, queries({ contactRequestsFrom: () => [same] }));
    expect(decision).toEqual({
      kind: 'declined',
      reason: 'already-sent',
      registration: same,
      status: 'bevestigd',
    });
  });

  it(`stop at ${contactRequestsPerDay} a day per mailbox, and say when the next is taken`, () => {
    const sent = Array.from({ length: contactRequestsPerDay }, (_, i) =>
      earlier({
        email: `anna+${i}@example.nl`,
        message: `Plan ${i}`,
        createdAt: new Date(now.getTime() - (i + 1) * 3_600_000).toISOString(),
      }),
    );
    const decision = decide(plan, now, queries({ contactRequestsFrom: () => sent }));
    expect(decision).toMatchObject({
      kind: 'declined',
      reason: 'daily-limit',
      registration: sent[0],
    });
    expect(decision.kind === 'declined' && decision.retryAt?.toISOString()).toBe(
      new Date(now.getTime() - contactRequestsPerDay * 3_600_000 + 86_400_000).toISOString(),
    );
  });
});

describe('koffieverzoeken', () => {
  const earlierCoffee = (overrides: Partial<Registration> = {}) =>
    earlier({
      kind: 'koffieverzoek',
      eventId: 'koffie:anouk-de-wit',
      remark: 'Hoe begon u?',
      message: null,
      ...overrides,
    });

  it('take no place and are kept from the moment they are sent', () => {
    expect(decide(coffee, now, queries({ placesTaken: () => 999 }))).toEqual({
      kind: 'store',
      status: 'bevestigd',
      attendees: 1,
      eventEnd: now,
    });
  });

  it('recognise the same question to the same ambassador from the same address', () => {
    const same = earlierCoffee({ email: 'ANNA@example.nl' });
    expect(decide(coffee, now, queries({ contactRequestsFrom: () => [same] }))).toMatchObject({
      kind: 'declined',
      reason: 'already-sent',
      registration: same,
    });
  });

  it('take another question, or the same question to another ambassador, as a new request', () => {
    const other = [
      earlierCoffee({ remark: 'Wat kost het?' }),
      earlierCoffee({ eventId: 'koffie:marco-verbeek' }),
    ];
    expect(decide(coffee, now, queries({ contactRequestsFrom: () => other }))).toMatchObject({
      kind: 'store',
    });
  });

  it(`stop at ${contactRequestsPerDay} a day per mailbox`, () => {
    const sent = Array.from({ length: contactRequestsPerDay }, (_, i) =>
      earlierCoffee({ email: `anna+${i}@example.nl`, remark: `Vraag ${i}` }),
    );
    expect(decide(coffee, now, queries({ contactRequestsFrom: () => sent }))).toMatchObject({
      kind: 'declined',
      reason: 'daily-limit',
    });
  });

  it('are counted apart from hire plans: plans sent today use up no koffieverzoek', () => {
    const plans = Array.from({ length: contactRequestsPerDay }, (_, i) =>
      earlier({ message: `Plan ${i}` }),
    );
    expect(decide(coffee, now, queries({ contactRequestsFrom: () => plans }))).toMatchObject({
      kind: 'store',
    });
    const coffees = Array.from({ length: contactRequestsPerDay }, (_, i) =>
      earlierCoffee({ remark: `Vraag ${i}` }),
    );
    expect(decide(plan, now, queries({ contactRequestsFrom: () => coffees }))).toMatchObject({
      kind: 'store',
    });
  });
});
