import { afterEach, describe, expect, it } from 'vitest';
import type { NewContactRequest, NewEventSignup } from './registration-kinds.ts';
import {
  allCounts,
  countBy,
  countQuery,
  groupingNames,
  isoWeekOf,
  monthPeriod,
} from './result-counts.ts';
import { SqliteEngine } from './sqlite-engine.ts';
import { SignupStore } from './store.ts';
import { testStores, type TestStore } from '../../../tests/support/test-stores.ts';

const stores: SignupStore[] = [];
afterEach(async () => {
  for (const store of stores.splice(0)) await store.close();
});

let counter = 0;
function signup(overrides: Partial<NewEventSignup> = {}): NewEventSignup {
  counter += 1;
  return {
    eventId: 'ontbijtsessie',
    capacity: 3,
    eventEnd: new Date('2026-12-10T08:30:00Z'),
    idempotencyKey: `key-${counter}`,
    name: 'Anna de Vries',
    email: `anna${counter}@example.nl`,
    organisation: 'Bakkerij De Korenaar',
    municipality: 'Amersfoort',
    attendees: 1,
    servicePoint: 'wsp-regio-amersfoort',
    consentText: 'Ik geef toestemming.',
    ...overrides,
  };
}

function contactRequest(overrides: Partial<NewContactRequest> = {}): NewContactRequest {
  counter += 1;
  return {
    kind: 'contactverzoek',
    eventId: 'regelingenwijzer',
    idempotencyKey: `key-${counter}`,
    name: 'Bram',
    email: `bram${counter}@example.nl`,
    organisation: 'Garage Soest',
    municipality: 'Soest',
    servicePoint: 'wsp-regio-amersfoort',
    consentText: 'Ja',
    message: `Plan ${counter}`,
    answers: '{"schema":"contactverzoek/1"}',
    ...overrides,
  };
}

/**
 * The fixture: in week 48 of 2026 three signups for the breakfast (capacity 3: the third, with
 * two people, goes on the waitlist), one sent twice (a repeat), one via an ambassador's WhatsApp
 * link; one contact request from Soest. In week 49 one signup for another event from Barneveld.
 */
async function fixtureStore(open: TestStore['open']): Promise<SignupStore> {
  const store = await open();
  stores.push(store);
  const at = (day: number) => new Date(Date.UTC(2026, 10, day, 10));
  const none = () => [];
  const first = signup({ email: 'dubbel@example.nl' });
  await store.register(first, at(23), none);
  // The same form again (a double submit) and the same address again: both not stored.
  await store.register(first, at(23), none);
  await store.register(signup({ email: 'Dubbel@Example.nl' }), at(24), none);
  await store.register(
    signup({ via: 'anouk-de-wit', channel: 'whatsapp', landingPage: '/verhalen/bakkerij/' }),
    at(24),
    none,
  );
  await store.register(signup({ attendees: 2 }), at(25), none);
  await store.register(contactRequest(), at(26), none);
  await store.register(
    signup({
      eventId: 'werkontbijt-barneveld',
      municipality: 'Barneveld',
      servicePoint: 'wsp-foodvalley',
      eventEnd: new Date('2026-12-20T10:00:00Z'),
    }),
    at(30),
    none,
  );
  return store;
}

const totals = (rows: Awaited<ReturnType<typeof countBy>>) =>
  rows.map(({ keys, kind, registrations, waitlist, people }) => [
    ...keys,
    kind,
    registrations,
    waitlist,
    people,
  ]);

describe.each(testStores)('the staff view counts, on $engine', (testStore) => {
  // Called through the object: TestStore declares them as methods.
  const open = () => testStore.open();

  const fixture = () => fixtureStore(open);

  it('counts each kind once per stored registration: a repeat never counts twice', async () => {
    expect(totals(await countBy(await fixture(), 'kind'))).toEqual([
      ['aanmelding', 4, 1, 5],
      ['contactverzoek', 1, 0, 1],
    ]);
  });

  it('counts signups per event, with the waitlist and the people they bring', async () => {
    expect(totals(await countBy(await fixture(), 'event'))).toEqual([
      ['ontbijtsessie', 'aanmelding', 3, 1, 4],
      ['regelingenwijzer', 'contactverzoek', 1, 0, 1],
      ['werkontbijt-barneveld', 'aanmelding', 1, 0, 1],
    ]);
  });

  it('counts per municipality and service point', async () => {
    expect(totals(await countBy(await fixture(), 'place'))).toEqual([
      ['Amersfoort', 'wsp-regio-amersfoort', 'aanmelding', 3, 1, 4],
      ['Barneveld', 'wsp-foodvalley', 'aanmelding', 1, 0, 1],
      ['Soest', 'wsp-regio-amersfoort', 'contactverzoek', 1, 0, 1],
    ]);
  });

  it('counts credit per ambassador, channel and page, leaving uncredited ones out', async () => {
    const store = await fixture();
    expect(totals(await countBy(store, 'ambassador'))).toEqual([
      ['anouk-de-wit', 'aanmelding', 1, 0, 1],
    ]);
    expect(totals(await countBy(store, 'channel'))).toEqual([['whatsapp', 'aanmelding', 1, 0, 1]]);
    expect(totals(await countBy(store, 'page'))).toEqual([
      ['/verhalen/bakkerij/', 'aanmelding', 1, 0, 1],
    ]);
  });

  it('counts per ISO week', async () => {
    expect(totals(await countBy(await fixture(), 'week'))).toEqual([
      ['2026-W48', 'aanmelding', 3, 1, 4],
      ['2026-W48', 'contactverzoek', 1, 0, 1],
      ['2026-W49', 'aanmelding', 1, 0, 1],
    ]);
  });

  it('counts a period only: a month', async () => {
    const store = await fixture();
    expect(totals(await countBy(store, 'kind', monthPeriod('2026-11')))).toEqual([
      ['aanmelding', 4, 1, 5],
      ['contactverzoek', 1, 0, 1],
    ]);
    expect(await countBy(store, 'kind', monthPeriod('2026-12'))).toEqual([]);
  });

  it('still counts registrations that retention deleted, in every grouping', async () => {
    const store = await fixture();
    const before = await allCounts(store);
    // Long after every event: all rows go (the WSP never saw them, so at the hard maximum).
    const purged = await store.purgeExpired(new Date('2028-01-01T00:00:00Z'), {
      retentionDays: 30,
      maxDays: 365,
    });
    expect(purged.deleted).toHaveLength(5);
    expect(await store.countRegistrations()).toBe(0);
    expect(await allCounts(store)).toEqual(before);
    expect(totals(await countBy(store, 'kind', monthPeriod('2026-11')))).toEqual([
      ['aanmelding', 4, 1, 5],
      ['contactverzoek', 1, 0, 1],
    ]);
  });

  it('adds purged and stored registrations of the same group together', async () => {
    const store = await fixture();
    await store.purgeExpired(new Date('2028-01-01T00:00:00Z'), { retentionDays: 30, maxDays: 365 });
    await store.register(
      signup({ eventId: 'nieuw', email: 'nieuw@example.nl' }),
      new Date('2027-12-30T10:00:00Z'),
      () => [],
    );
    expect(totals(await countBy(store, 'kind'))).toEqual([
      ['aanmelding', 5, 1, 6],
      ['contactverzoek', 1, 0, 1],
    ]);
  });

  it('counts a kind it has never heard of, without a change of code', async () => {
    const store = await fixture();
    await store.count(
      `INSERT INTO registration_tallies (kind, event_id, status, municipality, service_point, day, registrations, people)
         VALUES ('analyseverzoek', 'functiecreatie', 'bevestigd', 'Leusden', 'wsp-regio-amersfoort', '2026-11-28', 2, 2)
         RETURNING 1`,
    );
    expect(totals(await countBy(store, 'kind'))).toContainEqual(['analyseverzoek', 2, 0, 2]);
  });
});

describe('an ISO week', () => {
  it('takes the year of its Thursday', () => {
    expect(isoWeekOf('2026-11-27')).toBe('2026-W48');
    expect(isoWeekOf('2026-01-01')).toBe('2026-W01');
    expect(isoWeekOf('2027-01-01')).toBe('2026-W53');
    expect(isoWeekOf('2024-12-30')).toBe('2025-W01');
    expect(isoWeekOf('2026-11-30')).toBe('2026-W49');
  });
});

describe('a month', () => {
  it('is a half-open period in UTC', () => {
    expect(monthPeriod('2026-12')).toEqual({
      from: new Date('2026-12-01T00:00:00Z'),
      to: new Date('2027-01-01T00:00:00Z'),
    });
    expect(monthPeriod('2026-13')).toBeUndefined();
    expect(monthPeriod('december')).toBeUndefined();
  });
});

describe('the queries', () => {
  it('on SQLite, read the registrations through a covering index, never the table, with or without a period', async () => {
    // The plan's wording and the index choice are SQLite's; PostgreSQL plans by table statistics.
    const store = await fixtureStore(() => SignupStore.open(new SqliteEngine(':memory:')));
    for (const period of [undefined, monthPeriod('2026-11')]) {
      for (const name of groupingNames) {
        const { sql, params } = countQuery(name, period);
        const reads = (await store.queryPlan(sql, ...params)).filter((line) =>
          / registrations\b/.test(line),
        );
        expect(reads, name).toHaveLength(1);
        expect(reads[0], name).toMatch(/^(SCAN|SEARCH) registrations USING COVERING INDEX/);
      }
    }
  });
});
