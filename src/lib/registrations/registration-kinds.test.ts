import { describe, expect, it } from 'vitest';
import type { Registration } from './registration-fields.ts';
import {
  contactRequestsPerDay,
  decide,
  type NewAnalysisRequest,
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
const plan: NewContactRequest = {
  ...details,
  kind: 'contactverzoek',
  message: 'Plan A',
  answers: '{"schema":"contactverzoek/1"}',
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

/** The store's answers, given plainly: the rules get them as the store gives them, as promises. */
type Answers = {
  [K in keyof RuleQueries]: (
    ...args: Parameters<RuleQueries[K]>
  ) => Awaited<ReturnType<RuleQueries[K]>>;
};

function queries(overrides: Partial<Answers> = {}): RuleQueries {
  const answers: Answers = {
    signupOf: () => undefined,
    placesTaken: () => 0,
    requestsFrom: () => [],
    ...overrides,
  };
  return {
    signupOf: (...args) => Promise.resolve(answers.signupOf(...args)),
    placesTaken: (...args) => Promise.resolve(answers.placesTaken(...args)),
    requestsFrom: (...args) => Promise.resolve(answers.requestsFrom(...args)),
  };
}

describe('event signups', () => {
  it('are confirmed while the places last, then go on the waitlist', async () => {
    expect(await decide(signup, now, queries({ placesTaken: () => 8 }))).toMatchObject({
      kind: 'store',
      status: 'bevestigd',
      attendees: 2,
      eventEnd: signup.eventEnd,
    });
    expect(await decide(signup, now, queries({ placesTaken: () => 9 }))).toMatchObject({
      kind: 'store',
      status: 'wachtlijst',
    });
  });

  it('are one per address: the earlier one stands, with the status a new one would get', async () => {
    const decision = await decide(
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
  it('take no place and are kept from the moment they are sent', async () => {
    expect(await decide(plan, now, queries({ placesTaken: () => 999 }))).toEqual({
      kind: 'store',
      status: 'bevestigd',
      attendees: 1,
      eventEnd: now,
    });
  });

  it('recognise the same plan from the same address, in other letters', async () => {
    const same = earlier({ email: 'Anna@Example.nl' });
    const decision = await decide(plan, now, queries({ requestsFrom: () => [same] }));
    expect(decision).toEqual({
      kind: 'declined',
      reason: 'already-sent',
      registration: same,
      status: 'bevestigd',
    });
  });

  it(`stop at ${contactRequestsPerDay} a day per mailbox, and say when the next is taken`, async () => {
    const sent = Array.from({ length: contactRequestsPerDay }, (_, i) =>
      earlier({
        email: `anna+${i}@example.nl`,
        message: `Plan ${i}`,
        createdAt: new Date(now.getTime() - (i + 1) * 3_600_000).toISOString(),
      }),
    );
    const decision = await decide(plan, now, queries({ requestsFrom: () => sent }));
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

describe('analysis requests', () => {
  const scan: NewAnalysisRequest = {
    ...details,
    kind: 'analyseverzoek',
    eventId: 'functiecreatie',
    message: 'Plan A',
    answers: '{"schema":"analyseverzoek/1"}',
  };

  it('take no place and are stored like a hire plan', async () => {
    expect(await decide(scan, now, queries())).toMatchObject({ kind: 'store', attendees: 1 });
  });

  it('recognise the same scan again, but never take a hire plan with the same text for it', async () => {
    const sameScan = earlier({ kind: 'analyseverzoek' });
    expect(await decide(scan, now, queries({ requestsFrom: () => [sameScan] }))).toMatchObject({
      kind: 'declined',
      reason: 'already-sent',
    });
    const hirePlan = earlier({ kind: 'contactverzoek' });
    expect((await decide(scan, now, queries({ requestsFrom: () => [hirePlan] }))).kind).toBe(
      'store',
    );
  });

  it('count towards one daily number per mailbox, together with hire plans', async () => {
    const sent = Array.from({ length: contactRequestsPerDay }, (_, i) =>
      earlier({ kind: i % 2 ? 'analyseverzoek' : 'contactverzoek', message: `Ander ${i}` }),
    );
    expect(await decide(scan, now, queries({ requestsFrom: () => sent }))).toMatchObject({
      kind: 'declined',
      reason: 'daily-limit',
    });
  });
});

describe('koffieverzoeken', () => {
  const coffee: NewCoffeeRequest = {
    ...details,
    kind: 'koffieverzoek',
    eventId: 'koffie:anouk-de-wit',
    remark: 'Hoe begon u?',
    message: 'Koffie met Anouk de Wit: Hoe begon u?',
    answers: '{"schema":"koffieverzoek/1"}',
  };
  const earlierCoffee = (overrides: Partial<Registration> = {}) =>
    earlier({
      kind: 'koffieverzoek',
      eventId: 'koffie:anouk-de-wit',
      remark: 'Hoe begon u?',
      message: 'Koffie met Anouk de Wit: Hoe begon u?',
      ...overrides,
    });

  it('take no place, whatever the places taken', async () => {
    expect(await decide(coffee, now, queries({ placesTaken: () => 999 }))).toMatchObject({
      kind: 'store',
      status: 'bevestigd',
      attendees: 1,
    });
  });

  it('recognise the same question to the same ambassador from the same address', async () => {
    const same = earlierCoffee({ email: 'ANNA@example.nl' });
    expect(await decide(coffee, now, queries({ requestsFrom: () => [same] }))).toMatchObject({
      kind: 'declined',
      reason: 'already-sent',
      registration: same,
    });
  });

  it('take another question, or the same question to another ambassador, as a new request', async () => {
    const other = [
      earlierCoffee({ message: 'Koffie met Anouk de Wit: Wat kost het?' }),
      earlierCoffee({ message: 'Koffie met Marco Verbeek: Hoe begon u?' }),
    ];
    expect(await decide(coffee, now, queries({ requestsFrom: () => other }))).toMatchObject({
      kind: 'store',
    });
  });

  it('count towards the one daily number per mailbox, together with hire plans and scans', async () => {
    const sent = Array.from({ length: contactRequestsPerDay }, (_, i) =>
      earlier({ kind: i % 2 ? 'koffieverzoek' : 'contactverzoek', message: `Ander ${i}` }),
    );
    expect(await decide(coffee, now, queries({ requestsFrom: () => sent }))).toMatchObject({
      kind: 'declined',
      reason: 'daily-limit',
    });
  });
});
